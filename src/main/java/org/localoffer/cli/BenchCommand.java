package org.localoffer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.localoffer.bench.SyntheticSite;
import org.localoffer.bench.WarmBuilds;
import org.localoffer.build.OutputFolder;
import org.localoffer.build.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generates a site of N service pages in a temporary folder, builds it and prints the time of each stage.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--pages", paramLabel = "N[,N...]", split = ",",
            description = "How many service pages to generate; several sizes, such as 1000,10000, show how the time grows (default: ${DEFAULT-VALUE}).")
    List<Integer> pages = List.of(1000);

    @Option(names = "--source", paramLabel = "DIR", description = "The site whose settings, data and templates to use (default: current folder).")
    Path source = Path.of(".");

    @Option(names = "--profile", paramLabel = "FILE", description = "Write a Java Flight Recording of the (last) build to FILE; read it with 'jfr print' or JDK Mission Control.")
    Path profile;

    @Option(names = "--warm", paramLabel = "N", description = "Also build each size N more times in this one Java "
            + "process, after one build to warm it up, and print each one's time: what a build costs once Java has "
            + "loaded and compiled the libraries (default: 0, none).")
    int warm;

    @Option(names = "--runs", paramLabel = "N", description = "Build each size N times, each in a new process, and "
            + "print the stage times of the run with the median time, and every run's time: on a shared or busy machine "
            + "one run can be a quarter slower than the next (default: ${DEFAULT-VALUE}).")
    int runs = 1;

    @Option(names = "--no-compare", description = "Only build and print the stage times: skip the search figures, the Pagefind comparison and the preview measurement.")
    boolean noCompare;

    /** One size's figures, from a whole build process. */
    private record Run(int pages, int totalPages, long wallMillis, String report, double rssMb) {
    }

    @Override
    public Integer call() throws Exception {
        if (pages.isEmpty() || pages.stream().anyMatch(n -> n == null || n < 1)) {
            System.err.println("localoffer: --pages must be at least 1.");
            return ExitCodes.USAGE;
        }
        if (runs < 1) {
            System.err.println("localoffer: --runs must be at least 1.");
            return ExitCodes.USAGE;
        }
        if (warm < 0) {
            System.err.println("localoffer: --warm must be 0 or more.");
            return ExitCodes.USAGE;
        }
        Path work = Files.createTempDirectory("localoffer-bench");
        try {
            List<Run> medians = new ArrayList<>(); // one run of each size
            Path lastOutput = null;
            for (int i = 0; i < pages.size(); i++) {
                int n = pages.get(i);
                Path site = work.resolve("site-" + n);
                long t0 = System.nanoTime();
                SyntheticSite.write(source, site, n);
                SyntheticSite.commit(site);
                long generated = (System.nanoTime() - t0) / 1_000_000;
                List<Run> sizeRuns = new ArrayList<>();
                for (int r = 0; r < runs; r++) {
                    // Each run's output stays until the bench ends: deleting files just before a build can slow
                    // its writing (see README, Speed), and the bench would then measure itself.
                    lastOutput = work.resolve("output-" + n + "-" + (r + 1));
                    boolean last = i == pages.size() - 1 && r == runs - 1;
                    Run built = buildInNewProcess(site, lastOutput, n, last ? profile : null);
                    if (built == null) {
                        return ExitCodes.CONTENT_PROBLEMS;
                    }
                    sizeRuns.add(built);
                }
                Run run = median(sizeRuns, Run::wallMillis);
                System.out.printf("localoffer bench: %d generated service pages (%d pages in all, written and committed to git in %d ms),"
                        + " built by a new 'localoffer build' process%s:%n", n, run.totalPages(), generated,
                        runs == 1 ? "" : " " + runs + " times; the stage times are the median run's");
                System.out.print(run.report());
                System.out.printf("  %-20s %8d ms (the whole process, Java start-up included)%n", "total (wall)", run.wallMillis());
                if (runs > 1) {
                    System.out.printf("  %-20s %s ms (the median above)%n", "each run",
                            String.join(", ", sizeRuns.stream().map(x -> String.valueOf(x.wallMillis())).toList()));
                }
                System.out.printf("  %-20s %8.0f%n", "pages per second", run.totalPages() * 1000.0 / Math.max(1, run.wallMillis()));
                medians.add(run);
                if (warm > 0) {
                    printWarmBuilds(n, WarmBuilds.run(site, work.resolve("warm-" + n), warm));
                }
            }
            if (medians.size() > 1) {
                System.out.println("localoffer bench: growth (whole build processes" + (runs > 1 ? ", median runs" : "") + ")");
                System.out.printf("  %8s %10s %10s %10s%n", "pages", "wall", "pages/s", "peak RSS");
                for (Run r : medians) {
                    System.out.printf("  %8d %8.1f s %10.0f %7.0f MB%n", r.totalPages(), r.wallMillis() / 1000.0,
                            r.totalPages() * 1000.0 / Math.max(1, r.wallMillis()), r.rssMb());
                }
            }
            if (profile != null) {
                System.out.println("localoffer bench: wrote a flight recording of the last build to " + profile);
            }
            if (noCompare) {
                return ExitCodes.OK;
            }
            try (org.localoffer.serve.PreviewServer server = new org.localoffer.serve.PreviewServer(lastOutput, 0)) {
                server.start();
                System.out.print(org.localoffer.search.SearchFigures.report(lastOutput, server.url()));
            }
            org.localoffer.bench.PagefindComparison.standard().report(lastOutput, source);
            measureEditToRebuild(work.resolve("edit"));
            return ExitCodes.OK;
        } finally {
            OutputFolder.deleteTree(work);
        }
    }

    /** The run with the median whole time; of an even number, the slower of the middle two. */
    static <T> T median(List<T> runs, java.util.function.ToLongFunction<T> wallMillis) {
        List<T> sorted = runs.stream().sorted(java.util.Comparator.comparingLong(wallMillis)).toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void printWarmBuilds(int n, List<WarmBuilds.Build> builds) {
        System.out.printf("localoffer bench: %d generated service pages built again in this Java process, after one"
                + " build to warm it up:%n", n);
        for (int i = 0; i < builds.size(); i++) {
            WarmBuilds.Build b = builds.get(i);
            System.out.printf("  %-20s %8d ms, %.1f s of CPU, %.0f pages per second%n", "warm build " + (i + 1),
                    b.wallMillis(), b.cpuMillis() / 1000.0, b.pages() * 1000.0 / Math.max(1, b.wallMillis()));
        }
    }

    /**
     * Builds in a separate Java process, as a council's build would run, so each size starts cold
     * like the peers' figures (Hugo, Eleventy, jbake) and one size's warm-up does not flatter the next.
     */
    private Run buildInNewProcess(Path site, Path output, int n, Path recording) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The same Java settings as this process (heap, garbage collector, compiler), as the launcher gives them.
        for (String flag : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (flag.startsWith("-X") && !flag.startsWith("-XX:StartFlightRecording") && !flag.startsWith("-XX:FlightRecorderOptions")) {
                command.add(flag);
            }
        }
        if (command.stream().noneMatch(f -> f.startsWith("-Xmx") || f.startsWith("-XX:MaxRAM"))) {
            // Java's default heap depends on the machine; the child gets the same limit as this process.
            command.add("-Xmx" + Math.max(1, Runtime.getRuntime().maxMemory() / 1024 / 1024) + "m");
        }
        if (recording != null) {
            command.add("-XX:StartFlightRecording=filename=" + recording.toAbsolutePath() + ",settings=profile");
            command.add("-XX:FlightRecorderOptions:stackdepth=256");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LocalOfferCommand.class.getName(),
                "build", "--timings", "--source", site.toString(), "--output", output.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        long start = System.nanoTime();
        String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int exit = process.waitFor();
        long wall = (System.nanoTime() - start) / 1_000_000;
        if (exit != 0) {
            System.err.print(text);
            System.err.println("The generated site of " + n + " pages did not build; check that --source is a localoffer site.");
            return null;
        }
        StringBuilder report = new StringBuilder();
        int totalPages = 0;
        double rss = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith("Built ")) {
                totalPages = Integer.parseInt(line.split(" ")[1]);
            } else if (line.startsWith("  ")) {
                report.append(line).append('\n');
                if (line.strip().startsWith(PeakMemory.RSS_LABEL)) {
                    rss = Double.parseDouble(line.replaceAll("[^0-9.]", ""));
                }
            }
        }
        return new Run(n, totalPages, wall, report.toString(), rss);
    }

    /**
     * What a young adviser waits for in the preview: the site is built once for the preview, then
     * one page's text is edited and the preview brought up to date, five times; then the same for
     * an edit to one template. The browser reloads when the rebuild ends; the server looks for
     * saved files every 50 ms.
     */
    private void measureEditToRebuild(Path work) throws Exception {
        Path demo = work.resolve("demo");
        for (String part : java.util.List.of("site.yml", "content", "templates")) {
            SyntheticSite.copyTree(source.resolve(part), demo.resolve(part));
        }
        measurePreview(demo, "the site in " + source.toAbsolutePath().normalize());
        Path thousand = work.resolve("thousand");
        SyntheticSite.write(source, thousand, PREVIEW_PAGES);
        measurePreview(thousand, "a generated site of " + PREVIEW_PAGES + " services");
    }

    /** The yardstick for the preview: a 1,000-page site. */
    private static final int PREVIEW_PAGES = 1000;

    private void measurePreview(Path site, String label) throws Exception {
        Path page;
        try (var files = Files.walk(site.resolve("content"))) {
            page = files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("index.md")
                            && !p.toString().contains("/data/"))
                    .sorted().findFirst().orElse(null);
        }
        if (page == null) {
            return;
        }
        org.localoffer.build.PreviewBuilder preview = new org.localoffer.build.PreviewBuilder(new SiteBuilder(), site,
                site.resolve("preview-output"));
        try {
            long t0 = System.nanoTime();
            preview.rebuild();
            long first = (System.nanoTime() - t0) / 1_000_000;
            TimedEdits text = timeEdits(preview, page, 5, i -> "\nOne more sentence, edit " + i + ".\n");
            long[] times = text.millis();
            org.localoffer.build.PreviewBuilder.Outcome last = text.last();
            System.out.printf("localoffer bench: preview of %s (first build %d ms)%n", label, first);
            System.out.printf("  edit the text of %s: rebuild %d ms (median of 5; fastest %d ms; %s),"
                            + " plus up to %d ms until the save is noticed%n",
                    site.resolve("content").relativize(page), times[2], times[0],
                    last.whole() ? "whole site" : "only that page", org.localoffer.serve.PreviewLoop.POLL_MILLIS);
            System.out.print(BuildCommand.stages(last.result().stageMillis()));
            List<Long> reloads = org.localoffer.bench.PreviewReloadTimer.measure(site, page, 5);
            if (!reloads.isEmpty()) {
                List<Long> sorted = reloads.stream().sorted().toList();
                System.out.printf("  save to reload in headless Chromium: %d ms (median of %d; fastest %d ms, slowest %d ms),"
                                + " from writing the file to the browser asking for the reloaded page%n",
                        sorted.get(sorted.size() / 2), sorted.size(), sorted.get(0), sorted.get(sorted.size() - 1));
            }
            Path template = site.resolve("templates/service.ftlh");
            if (Files.isRegularFile(template)) {
                TimedEdits edits = timeEdits(preview, template, 3, i -> "<#-- edit " + i + " -->\n");
                System.out.printf("  edit templates/service.ftlh: rebuild %d ms (median of 3; %d pages re-baked, no content re-read)%n",
                        edits.millis()[1], edits.last().rebuiltPages().size());
            }
        } catch (org.localoffer.problem.ProblemsFoundException e) {
            System.err.println("localoffer bench: " + label + " does not build, so the preview was not measured.");
        }
    }

    private record TimedEdits(long[] millis, org.localoffer.build.PreviewBuilder.Outcome last) {
    }

    /** Appends to {@code file} {@code count} times, timing the preview's rebuild after each; times sorted. */
    private static TimedEdits timeEdits(org.localoffer.build.PreviewBuilder preview, Path file, int count,
                                        java.util.function.IntFunction<String> text) throws Exception {
        long[] millis = new long[count];
        org.localoffer.build.PreviewBuilder.Outcome last = null;
        for (int i = 0; i < count; i++) {
            Files.writeString(file, text.apply(i), java.nio.file.StandardOpenOption.APPEND);
            bumpModifiedTime(file, i);
            long t = System.nanoTime();
            last = preview.rebuild();
            millis[i] = (System.nanoTime() - t) / 1_000_000;
            preview.refreshSearch();
        }
        java.util.Arrays.sort(millis);
        return new TimedEdits(millis, last);
    }

    /** File times can be coarse; each edit gets a later time so it is always seen as a change. */
    private static void bumpModifiedTime(Path file, int i) throws java.io.IOException {
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(file).toMillis() + 1000L * (i + 1)));
    }

}
