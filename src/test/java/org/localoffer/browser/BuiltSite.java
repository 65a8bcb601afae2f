package org.localoffer.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.localoffer.build.BuildRequest;
import org.localoffer.build.BuildResult;
import org.localoffer.build.SiteBuilder;
import org.localoffer.serve.PreviewServer;

/**
 * The demonstration site (site.yml, content/ and templates/ in the project folder), built into a temporary
 * folder and served by the real {@link PreviewServer}, with the list of every page it made.
 */
final class BuiltSite implements AutoCloseable {

    /** One built page: its file in the output folder and the path it is served at. */
    record SitePage(Path file, String path) {
        @Override
        public String toString() {
            return path;
        }
    }

    private final Path folder;
    private final List<SitePage> pages;
    private final PreviewServer server;

    private BuiltSite(Path folder, List<SitePage> pages, PreviewServer server) {
        this.folder = folder;
        this.pages = pages;
        this.server = server;
    }

    /** Builds the demonstration site into {@code tempDir/site}; serves it when {@code serve} is true. */
    static BuiltSite build(Path tempDir, boolean serve) throws Exception {
        Path root = Path.of("").toAbsolutePath(); // Maven runs tests in the project folder
        Path output = tempDir.resolve("site");
        long start = System.nanoTime();
        BuildResult result = new SiteBuilder().build(new BuildRequest(root, output, false));
        List<SitePage> pages = pagesIn(result.output());
        System.out.printf("Built the demonstration site: %d pages (%d content, %d generated) in %d ms%n",
                pages.size(), result.contentPages(), result.generatedPages(), (System.nanoTime() - start) / 1_000_000);
        if (pages.isEmpty()) {
            throw new IllegalStateException("The build made no pages in " + result.output());
        }
        PreviewServer server = null;
        if (serve) {
            server = new PreviewServer(result.output(), 0);
            server.start();
        }
        return new BuiltSite(result.output(), pages, server);
    }

    /** Every *.html file, as the path a browser asks for: a/b/index.html is /a/b/, 404.html is /404.html. */
    static List<SitePage> pagesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".html"))
                    .map(file -> new SitePage(file, urlPath(folder.relativize(file))))
                    .sorted((a, b) -> a.path().compareTo(b.path()))
                    .collect(Collectors.toList());
        }
    }

    private static String urlPath(Path relative) {
        String path = relative.toString().replace('\\', '/');
        if (path.equals("index.html")) {
            return "/";
        }
        if (path.endsWith("/index.html")) {
            return "/" + path.substring(0, path.length() - "index.html".length());
        }
        return "/" + path;
    }

    Path folder() {
        return folder;
    }

    List<SitePage> pages() {
        return pages;
    }

    /** The page served at {@code path}, which must have been built. */
    SitePage page(String path) {
        return pages.stream().filter(page -> page.path().equals(path)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The build made no page at " + path + "; pages: " + pages));
    }

    /** The address of {@code path} ("/services/") on the preview server. */
    String url(String path) {
        if (server == null) {
            throw new IllegalStateException("The site is not being served");
        }
        return server.url() + path.substring(1);
    }

    String url(SitePage page) {
        return url(page.path());
    }

    @Override
    public void close() throws Exception {
        if (server != null) {
            server.close();
        }
    }
}
