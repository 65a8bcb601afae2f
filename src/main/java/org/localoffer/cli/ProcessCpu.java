package org.localoffer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time this process has used, split into user and system time where the system says (Linux). Both
 * cores' time is counted, so it shows how much work a build was; system time is mostly creating files,
 * which on some file systems grows with how many files were deleted in the minutes before.
 */
final class ProcessCpu {

    /** Linux reports times in clock ticks of 1/100 s (USER_HZ) on every architecture Java runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessCpu() {
    }

    static String report() {
        try {
            return line(Files.readString(Path.of("/proc/self/stat")));
        } catch (IOException | RuntimeException e) {
            return ""; // not Linux: the peak memory lines still say how big the build was
        }
    }

    /** The report line from the text of /proc/PID/stat. */
    static String line(String stat) {
        // The command name, in parentheses, may hold spaces; the numbered fields start after it.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        double user = Long.parseLong(fields[11]) / TICKS_PER_SECOND;
        double system = Long.parseLong(fields[12]) / TICKS_PER_SECOND;
        return String.format("  %-20s %8.1f s user, %.1f s system%n", "CPU time", user, system);
    }
}
