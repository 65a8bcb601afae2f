package org.localoffer.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.localoffer.build.BuildRequest;
import org.localoffer.build.BuildResult;
import org.localoffer.build.OutputFolder;
import org.localoffer.build.SiteBuilder;
import org.localoffer.problem.ProblemsFoundException;

/**
 * Builds a site several times in this Java process, after one build that warms it up: what a build costs once
 * Java has loaded and compiled the libraries, against a build in a new process, which pays for that every time.
 */
public final class WarmBuilds {

    /** One warm build: its wall time and the CPU time of the whole process (every thread) while it ran. */
    public record Build(long wallMillis, long cpuMillis, int pages) {
    }

    private WarmBuilds() {
    }

    /**
     * Builds {@code site} once to warm up, then {@code times} more times, each into a new folder under
     * {@code outputs} (kept until the end, so that deleting one output is not part of the next build's time),
     * and returns those builds.
     */
    public static List<Build> run(Path site, Path outputs, int times) throws IOException, ProblemsFoundException {
        build(site, outputs.resolve("warm-up"));
        List<Build> builds = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long cpu = processCpuMillis();
            long start = System.nanoTime();
            BuildResult result = build(site, outputs.resolve("build-" + (i + 1)));
            builds.add(new Build((System.nanoTime() - start) / 1_000_000, processCpuMillis() - cpu,
                    result.totalPages()));
        }
        return builds;
    }

    private static BuildResult build(Path site, Path output) throws IOException, ProblemsFoundException {
        BuildResult result = new SiteBuilder().build(BuildRequest.production(site, output));
        OutputFolder.awaitRemovals(); // as the command does before it ends
        return result;
    }

    /** CPU time of every thread of this process (compiler and collector included), or 0 where Java cannot say. */
    static long processCpuMillis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime() / 1_000_000);
        }
        return 0;
    }
}
