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

    /**
     * One open page's stream. Jetty allows one write at a time on a response, and a reload can come while the
     * greeting or a heartbeat is still being written, so text is queued and written in turn.
     */
    private static final class Client {
        private final Response response;
        private final Callback done;
        private final StringBuilder queued = new StringBuilder();
        private boolean writing;

        Client(Response response, Callback done) {
            this.response = response;
            this.done = done;
        }

        /** The queued text to write now, or null if a write is under way or nothing is queued. */
        synchronized String startWriting(String text) {
            queued.append(text);
            return writing ? null : takeQueued();
        }

        /** After a write: the queued text to write next, or null when there is none. */
        synchronized String nextAfterWrite() {
            writing = false;
            return queued.isEmpty() ? null : takeQueued();
        }

        private String takeQueued() {
            writing = true;
            String text = queued.toString();
            queued.setLength(0);
            return text;
        }
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
            c.done.succeeded();
        }
    }

    private void broadcast(String text) {
        for (Client c : clients) {
            send(c, text);
        }
    }

    private void send(Client client, String text) {
        write(client, client.startWriting(text));
    }

    private void write(Client client, String text) {
        if (text == null) {
            return;
        }
        try {
            client.response.write(false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)),
                    Callback.from(() -> write(client, client.nextAfterWrite()), failure -> drop(client, failure)));
        } catch (RuntimeException e) {
            drop(client, e);
        }
    }

    private void drop(Client client, Throwable failure) {
        if (clients.remove(client)) {
            client.done.failed(failure);
        }
    }
}
