package org.localoffer.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Something made on a thread of its own while the build goes on: the Markdown parsers and the parsed templates,
 * made ahead of the stage that needs them (made there, they held up every core while one thread made them), and
 * the {@link BackgroundStage}s. {@link #get()} hands over the thing, or what making it threw.
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
            return made.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the build was interrupted", e);
        } catch (ExecutionException e) {
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

    /** Waits for the work to end, however it ends, through interrupts: for a build that is already failing. */
    void awaitQuietly() {
        made.handle((ok, error) -> null).join();
    }
}
