package org.localoffer.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Something the build will need later, made now on a thread of its own: the Markdown parsers, the parsed
 * templates. Made where they are needed, they held up every core while one thread made them; made ahead, they
 * use a core that is idle while the settings are read or the build waits on one thread.
 */
public final class Ahead<T> {

    private final CompletableFuture<T> made = new CompletableFuture<>();

    private Ahead() {
    }

    /** Starts making the thing on a new daemon thread named {@code name}. */
    public static <T> Ahead<T> start(String name, Callable<T> work) {
        Ahead<T> ahead = new Ahead<>();
        Thread thread = new Thread(() -> {
            try {
                ahead.made.complete(work.call());
            } catch (Throwable e) {
                ahead.made.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true); // never keeps a failed build's process alive
        thread.start();
        return ahead;
    }

    /** Waits for the thing and returns it, or throws what making it threw. */
    public T get() throws IOException {
        try {
            return made.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }
}
