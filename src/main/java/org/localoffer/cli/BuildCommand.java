package org.localoffer.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.localoffer.build.BuildRequest;
import org.localoffer.build.BuildResult;
import org.localoffer.build.SiteBuilder;
import org.localoffer.problem.ProblemReport;
import org.localoffer.problem.ProblemsFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Bakes the site into a folder of HTML ready for any static host. Drafts are left out.")
final class BuildCommand implements Callable<Integer> {

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder, with site.yml, content/ and templates/ (default: current folder).")
    Path source = Path.of(".");

    @Option(names = "--output", paramLabel = "DIR", description = "Where to put the built site (default: the 'output' setting in site.yml).")
    Path output;

    @Option(names = "--timings", description = "Also print how long each stage took, its share of the time, and the peak memory.")
    boolean timings;

    @Override
    public Integer call() throws Exception {
        try {
            BuildResult result = new SiteBuilder().build(BuildRequest.production(source, output));
            if (!result.warnings().isEmpty()) {
                System.err.print(new ProblemReport().format(result.warnings()));
            }
            long total = result.stageMillis().values().stream().mapToLong(Long::longValue).sum();
            System.out.printf("Built %d pages (%d from content, %d made by the site) into %s in %.1f s.%n",
                    result.totalPages(), result.contentPages(), result.generatedPages(), result.output(), total / 1000.0);
            if (timings) {
                System.out.print(stagesWithShares(result.stageMillis()));
                System.out.print(PeakMemory.report());
                System.out.print(ProcessCpu.report());
            }
            return ExitCodes.OK;
        } catch (ProblemsFoundException e) {
            System.err.print(new ProblemReport().format(e.problems()));
            System.err.println("The build stopped; the previous output has not been changed.");
            return ExitCodes.CONTENT_PROBLEMS;
        }
    }

    /** Each stage's time and its share of the whole, so the next bottleneck is plain to see. */
    static String stagesWithShares(Map<String, Long> millis) {
        long total = Math.max(1, millis.values().stream().mapToLong(Long::longValue).sum());
        StringBuilder out = new StringBuilder(String.format("  %-20s %8s %6s%n", "stage", "time", "share"));
        millis.forEach((stage, ms) -> out.append(String.format("  %-20s %5d ms %5.1f%%%n", stage, ms, ms * 100.0 / total)));
        return out.toString();
    }

    static String stages(Map<String, Long> millis) {
        StringBuilder out = new StringBuilder();
        millis.forEach((stage, ms) -> out.append(String.format("  %-20s %8d ms%n", stage, ms)));
        return out.toString();
    }
}
