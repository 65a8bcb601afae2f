package org.localoffer.build;

import java.io.IOException;

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

    private final long started = System.nanoTime();
    /** When the work ended, from {@link System#nanoTime()}. */
    private final Ahead<Long> finished;

    private BackgroundStage(String name, Work work) {
        // On a daemon thread (see Ahead); a build always waits for it anyway.
        finished = Ahead.start(name, () -> {
            work.run();
            return System.nanoTime();
        });
    }

    /** Starts {@code work} on a new thread named {@code name}. */
    static BackgroundStage start(String name, Work work) {
        return new BackgroundStage(name, work);
    }

    /** Waits for the work to end and throws what it threw; returns how long it ran, in milliseconds. */
    long await() throws IOException {
        return (finished.get() - started) / 1_000_000;
    }

    /**
     * Waits for the work to end, ignoring how: for a build that is already failing, before it deletes the folder
     * the work writes into.
     */
    void awaitQuietly() {
        finished.awaitQuietly(); // waits through interrupts, as a folder about to go must
    }
}
