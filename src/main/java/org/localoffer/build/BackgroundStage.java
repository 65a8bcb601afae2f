package org.localoffer.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A stage that runs on a thread of its own while the build goes on with another, such as the Open Referral
 * export while the search index is made. Each of them leaves one of the two cores idle now and then (search
 * inverts its index on one thread; the export writes its services.json on one), and together they fill them.
 */
final class BackgroundStage {

    /** Work that may fail with an I/O error, as the stages do. */
    @FunctionalInterface
    interface Work {
        void run() throws IOException;
    }

    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final long started = System.nanoTime();
    private volatile long finished;

    private BackgroundStage() {
    }

    /** Starts {@code work} on a new thread named {@code name}. */
    static BackgroundStage start(String name, Work work) {
        BackgroundStage stage = new BackgroundStage();
        Thread thread = new Thread(() -> {
            try {
                work.run();
                stage.finished = System.nanoTime();
                stage.done.complete(null);
            } catch (Throwable e) {
                stage.finished = System.nanoTime();
                stage.done.completeExceptionally(e);
            }
        }, name);
        // A daemon thread cannot keep a failed build's process alive; a build always waits for it anyway.
        thread.setDaemon(true);
        thread.start();
        return stage;
    }

    /** Waits for the work to end and throws what it threw; returns how long it ran, in milliseconds. */
    long await() throws IOException {
        try {
            done.get();
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
        return (finished - started) / 1_000_000;
    }

    /**
     * Waits for the work to end, ignoring how: for a build that is already failing, before it deletes the folder
     * the work writes into.
     */
    void awaitQuietly() {
        done.handle((ok, error) -> null).join(); // join waits through interrupts, as a folder about to go must
    }
}
