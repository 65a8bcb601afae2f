package org.localoffer.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Server-sent events for the preview: each open page keeps one stream and is told to reload
 * when a rebuild finishes, whether it worked or not.
 */
final class ReloadEvents extends Handler.Abstract {

    private record Client(Response response, Callback done) {
    }

    private final Set<Client> clients = ConcurrentHashMap.newKeySet();

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Client client = new Client(response, callback);
        clients.add(client);
        send(client, "retry: 500\n\n");
        return true;
    }

    int clientCount() {
        return clients.size();
    }

    /** Tells every open page to reload. */
    void reload() {
        broadcast("event: reload\ndata: reload\n\n");
    }

    /** A comment line that keeps idle connections open. */
    void heartbeat() {
        broadcast(": still here\n\n");
    }

    void closeAll() {
        for (Client c : clients) {
            clients.remove(c);
            c.done().succeeded();
        }
    }

    private void broadcast(String text) {
        for (Client c : clients) {
            send(c, text);
        }
    }

    private void send(Client client, String text) {
        try {
            client.response().write(false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)),
                    Callback.from(() -> { }, failure -> drop(client, failure)));
        } catch (RuntimeException e) {
            drop(client, e);
        }
    }

    private void drop(Client client, Throwable failure) {
        if (clients.remove(client)) {
            client.done().failed(failure);
        }
    }
}
