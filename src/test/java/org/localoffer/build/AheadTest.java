package org.localoffer.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class AheadTest {

    @Test
    void makesTheThingOnAThreadOfItsOwnWhileTheCallerGoesOn() throws Exception {
        CountDownLatch callerWentOn = new CountDownLatch(1);
        Thread caller = Thread.currentThread();
        Ahead<Thread> ahead = Ahead.start("localoffer-test-ahead", () -> {
            callerWentOn.await(); // would never return if the caller had to wait for it
            return Thread.currentThread();
        });
        callerWentOn.countDown();
        Thread maker = ahead.get();
        assertNotSame(caller, maker);
        assertEquals("localoffer-test-ahead", maker.getName());
        assertSame(maker, ahead.get()); // asked again, the same thing
    }

    @Test
    void throwsWhatMakingTheThingThrew() {
        IOException io = new IOException("the templates folder is gone");
        assertSame(io, assertThrows(IOException.class, () -> Ahead.start("t", () -> {
            throw io;
        }).get()));
        assertSame(io, assertThrows(IOException.class, () -> Ahead.start("t", () -> {
            throw new UncheckedIOException(io);
        }).get()));
        IllegalStateException bug = new IllegalStateException("a bug");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> Ahead.start("t", () -> {
            throw bug;
        }).get()));
        OutOfMemoryError oom = new OutOfMemoryError("test");
        assertSame(oom, assertThrows(OutOfMemoryError.class, () -> Ahead.start("t", () -> {
            throw oom;
        }).get()));
    }
}
