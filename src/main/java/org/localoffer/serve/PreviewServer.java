package org.localoffer.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.localoffer.problem.Problems;

/**
 * Serves one output folder on the loopback interface only. Jetty's resource handler refuses
 * paths that leave the folder; directory listings are off; missing pages get the site's 404.
 */
public final class PreviewServer implements AutoCloseable {

    /** The same policy the published site should send: nothing but our own files, no inline script. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Paths under this prefix belong to the preview itself, never to the site. */
    public static final String PREVIEW_PATH = "/_localoffer/";

    private final Server server;
    private final ServerConnector connector;
    private final ReloadEvents events = new ReloadEvents();
    private volatile Problems problems;

    public PreviewServer(Path folder, int port) {
        server = new Server();
        connector = new ServerConnector(server);
        connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
        connector.setPort(port);
        server.addConnector(connector);

        ResourceHandler files = new ResourceHandler() {
            // No server-side cache: the preview rewrites pages in place, sometimes twice within a second,
            // and a cache that trusts file times would go on serving the page as it was before the edit.
            @Override
            protected org.eclipse.jetty.http.content.HttpContent.Factory newHttpContentFactory(
                    org.eclipse.jetty.io.ByteBufferPool.Sized buffers) {
                return new org.eclipse.jetty.http.content.ResourceHttpContentFactory(getBaseResource(), getMimeTypes(),
                        buffers);
            }
        };
        files.setBaseResource(ResourceFactory.of(server).newResource(folder.toAbsolutePath().normalize()));
        files.setDirAllowed(false);
        files.setWelcomeFiles(List.of("index.html"));
        files.setEtags(false);
        files.setCacheControl("no-store");

        Handler notFound = new NotFound(folder.toAbsolutePath().normalize().resolve("404.html"));
        Handler.Sequence sequence = new Handler.Sequence(new PreviewPaths(), new BrokenBuild(), files, notFound);
        server.setHandler(new SecurityHeaders(sequence));
    }

    /** Shows these problems in place of every page until {@link #showSite()}; open pages reload. */
    public void showProblems(Problems found) {
        this.problems = found;
        events.reload();
    }

    /** Shows the freshly built site; open pages reload. */
    public void showSite() {
        this.problems = null;
        events.reload();
    }

    private volatile java.util.function.Consumer<String> requests = path -> { };

    /** Tells {@code listener} the path of every request as it arrives; the bench times reloads with it. */
    public void onRequest(java.util.function.Consumer<String> listener) {
        this.requests = listener;
    }

    /** Keeps idle reload streams open; call every few seconds. */
    public void heartbeat() {
        events.heartbeat();
    }

    /** How many open pages are listening for reloads. */
    public int reloadClients() {
        return events.clientCount();
    }

    private final class PreviewPaths extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            String path = request.getHttpURI().getPath();
            if (!path.startsWith(PREVIEW_PATH)) {
                return false;
            }
            if (path.equals(PREVIEW_PATH + "events")) {
                return events.handle(request, response, callback);
            }
            if (path.equals(PREVIEW_PATH + "reload.js")) {
                byte[] script;
                try (var in = PreviewServer.class.getResourceAsStream("reload.js")) {
                    script = in.readAllBytes();
                }
                response.setStatus(200);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/javascript; charset=utf-8");
                response.write(true, java.nio.ByteBuffer.wrap(script), callback);
                return true;
            }
            return false;
        }
    }

    private final class BrokenBuild extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Problems current = problems;
            String path = request.getHttpURI().getPath();
            if (current == null || !(path.endsWith("/") || path.endsWith(".html"))) {
                return false;
            }
            response.setStatus(500);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            byte[] body = ProblemPage.html(current).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            response.write(true, java.nio.ByteBuffer.wrap(body), callback);
            return true;
        }
    }

    public void start() throws Exception {
        server.start();
    }

    public int port() {
        return connector.getLocalPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    @Override
    public void close() throws Exception {
        events.closeAll();
        server.stop();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    private final class SecurityHeaders extends Handler.Wrapper {
        SecurityHeaders(Handler handler) {
            super(handler);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            requests.accept(request.getHttpURI().getPath());
            response.getHeaders().put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.getHeaders().put("X-Content-Type-Options", "nosniff");
            response.getHeaders().put("Referrer-Policy", "same-origin");
            return super.handle(request, response, callback);
        }
    }

    private static final class NotFound extends Handler.Abstract {
        private final Path page;

        NotFound(Path page) {
            this.page = page;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws IOException {
            response.setStatus(404);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
            byte[] body = Files.exists(page) ? Files.readAllBytes(page)
                    : "<!doctype html><title>Not found</title><p>Page not found.</p>".getBytes();
            response.write(true, java.nio.ByteBuffer.wrap(body), callback);
            return true;
        }
    }
}
