package org.localoffer.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.localoffer.bench.SyntheticSite;
import org.localoffer.build.BuildRequest;
import org.localoffer.build.BuildResult;
import org.localoffer.build.OutputFolder;
import org.localoffer.build.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generates a site of N service pages in a temporary folder, builds it and prints the time of each stage.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--pages", paramLabel = "N", description = "How many service pages to generate (default: ${DEFAULT-VALUE}).")
    int pages = 1000;

    @Option(names = "--source", paramLabel = "DIR", description = "The site whose settings, data and templates to use (default: current folder).")
    Path source = Path.of(".");

    @Override
    public Integer call() throws Exception {
        if (pages < 1) {
            System.err.println("localoffer: --pages must be at least 1.");
            return ExitCodes.USAGE;
        }
        Path work = Files.createTempDirectory("localoffer-bench");
        try {
            Path site = work.resolve("site");
            long t0 = System.nanoTime();
            SyntheticSite.write(source, site, pages);
            long generated = (System.nanoTime() - t0) / 1_000_000;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            long start = System.nanoTime();
            BuildResult result;
            try {
                result = new SiteBuilder().build(BuildRequest.production(site, work.resolve("output")));
            } catch (org.localoffer.problem.ProblemsFoundException e) {
                System.err.print(new org.localoffer.problem.ProblemReport().format(e.problems()));
                System.err.println("The generated site did not build; check that --source is a localoffer site.");
                return ExitCodes.CONTENT_PROBLEMS;
            }
            long wall = (System.nanoTime() - start) / 1_000_000;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("localoffer bench: %d generated service pages (%d pages in all), written in %d ms%n",
                    pages, result.totalPages(), generated);
            System.out.print(BuildCommand.stages(result.stageMillis()));
            System.out.printf("  %-20s %8d ms%n", "total (wall)", wall);
            System.out.printf("  pages per second     %8.0f%n", result.totalPages() * 1000.0 / Math.max(1, wall));
            System.out.printf("  peak heap            %8.0f MB%n", peak / 1024.0 / 1024.0);
            try (org.localoffer.serve.PreviewServer server = new org.localoffer.serve.PreviewServer(result.output(), 0)) {
                server.start();
                System.out.print(org.localoffer.search.SearchFigures.report(result.output(), server.url()));
            }
            org.localoffer.bench.PagefindComparison.standard().report(result.output(), source);
            measureEditToRebuild(work.resolve("edit"));
            return ExitCodes.OK;
        } finally {
            OutputFolder.deleteTree(work);
        }
    }

    /**
     * What a young adviser waits for in the preview: the site in --source is copied, built once to
     * warm up, then one page is edited and the preview rebuilt, five times. The browser reloads
     * when the rebuild ends; the server looks for saved files every 100 ms.
     */
    private void measureEditToRebuild(Path work) throws Exception {
        Path site = work.resolve("site");
        for (String part : java.util.List.of("site.yml", "content", "templates")) {
            SyntheticSite.copyTree(source.resolve(part), site.resolve(part));
        }
        Path page;
        try (var pages = Files.walk(site.resolve("content"))) {
            page = pages.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("index.md"))
                    .sorted().findFirst().orElse(null);
        }
        if (page == null) {
            return;
        }
        SiteBuilder builder = new SiteBuilder();
        Path out = work.resolve("preview");
        try {
            builder.build(new BuildRequest(site, out, true));
            builder.build(new BuildRequest(site, out, true));
            long[] times = new long[5];
            BuildResult last = null;
            for (int i = 0; i < times.length; i++) {
                Files.writeString(page, "\nOne more sentence, edit " + i + ".\n", java.nio.file.StandardOpenOption.APPEND);
                long t = System.nanoTime();
                last = builder.build(new BuildRequest(site, out, true));
                times[i] = (System.nanoTime() - t) / 1_000_000;
            }
            java.util.Arrays.sort(times);
            System.out.printf("localoffer bench: preview of %s after editing %s: rebuild %d ms (median of 5; fastest %d ms),"
                    + " plus up to 100 ms until the save is noticed%n", source.toAbsolutePath().normalize(),
                    site.resolve("content").relativize(page), times[2], times[0]);
            System.out.print(BuildCommand.stages(last.stageMillis()));
        } catch (org.localoffer.problem.ProblemsFoundException e) {
            System.err.println("localoffer bench: the site in --source does not build, so the edit-to-reload time was not measured.");
        }
    }

}
