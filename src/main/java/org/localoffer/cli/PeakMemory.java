package org.localoffer.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** The most memory this process has used: resident memory where the system says (Linux), and the Java heap. */
final class PeakMemory {

    static final String RSS_LABEL = "peak memory (RSS)";

    private PeakMemory() {
    }

    static String report() {
        long heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        StringBuilder out = new StringBuilder();
        long rss = residentPeakKb();
        if (rss > 0) {
            out.append(String.format("  %-20s %8.0f MB%n", RSS_LABEL, rss / 1024.0));
        }
        out.append(String.format("  %-20s %8.0f MB%n", "peak Java heap", heap / 1024.0 / 1024.0));
        return out.toString();
    }

    /** VmHWM from /proc/self/status, or 0 where there is no such file. */
    private static long residentPeakKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
