package org.localoffer.build;

import java.util.LinkedHashMap;
import java.util.Map;

/** Times the stages of a build, in the order they run, for the build summary and the benchmark. */
final class StageClock {

    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long started = System.nanoTime();

    void lap(String stage) {
        long now = System.nanoTime();
        millis.merge(stage, (now - started) / 1_000_000, Long::sum);
        started = now;
    }

    /** Records a stage timed elsewhere, before this clock started. */
    void add(String stage, long ms) {
        millis.merge(stage, ms, Long::sum);
    }

    Map<String, Long> millis() {
        return new LinkedHashMap<>(millis);
    }
}
