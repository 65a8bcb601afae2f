package org.localoffer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BackgroundStageTest {

    @Test
    void runsOnItsOwnNamedThreadAndAwaitWaitsForIt() throws Exception {
        AtomicReference<String> thread = new AtomicReference<>();
        AtomicBoolean done = new AtomicBoolean();
        CountDownLatch release = new CountDownLatch(1);
        BackgroundStage stage = BackgroundStage.start("stage-under-test", () -> {
            thread.set(Thread.currentThread().getName());
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            done.set(true);
        });
        release.countDown();
        assertTrue(stage.await() >= 0);
        assertTrue(done.get(), "await returned before the work ended");
        assertEquals("stage-under-test", thread.get());
    }

    @Test
    void awaitThrowsTheWorksIoError() {
        IOException failure = new IOException("disk full");
        BackgroundStage stage = BackgroundStage.start("failing", () -> {
            throw failure;
        });
        assertSame(failure, assertThrows(IOException.class, stage::await));
    }

    @Test
    void awaitUnwrapsAnUncheckedIoErrorFromParallelWork() {
        IOException failure = new IOException("no space");
        BackgroundStage stage = BackgroundStage.start("failing", () -> {
            throw new UncheckedIOException(failure);
        });
        assertSame(failure, assertThrows(IOException.class, stage::await));
    }

    @Test
    void awaitThrowsErrorsAsTheyAreSoRunningOutOfMemoryIsStillReported() {
        BackgroundStage stage = BackgroundStage.start("failing", () -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertThrows(OutOfMemoryError.class, stage::await);
    }

    @Test
    void awaitQuietlyWaitsForFailingOrSlowWorkWithoutThrowing() {
        AtomicBoolean done = new AtomicBoolean();
        BackgroundStage stage = BackgroundStage.start("slow", () -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            done.set(true);
            throw new IOException("failed after writing");
        });
        stage.awaitQuietly();
        assertTrue(done.get(), "awaitQuietly returned while the work was still running");
    }
}
