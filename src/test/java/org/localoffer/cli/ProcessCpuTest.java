package org.localoffer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {

    @Test
    void readsUserAndSystemTicksAfterTheCommandName() {
        // utime 3612 and stime 440 ticks; the command name has a space and a ')' in it.
        String stat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 211032 0 9 0 3612 440 0 0 20 0 31 0 1 0 0";
        assertEquals(String.format("  %-20s %8.1f s user, %.1f s system%n", "CPU time", 36.1, 4.4), ProcessCpu.line(stat));
    }

    @Test
    void thisProcessHasUsedSomeCpu() {
        String report = ProcessCpu.report();
        if (System.getProperty("os.name").startsWith("Linux")) {
            assertTrue(report.matches("  CPU time +\\d+\\.\\d s user, \\d+\\.\\d s system\\n"), report);
            assertTrue(!report.contains(" 0.0 s user"), report);
        } else {
            assertEquals("", report);
        }
    }
}
