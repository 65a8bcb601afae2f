package org.localoffer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.localoffer.build.OutputFolder;
import org.localoffer.build.PreviewBuilder;
import org.localoffer.build.SiteBuilder;
import org.localoffer.problem.ProblemReport;
import org.localoffer.problem.Problems;
import org.localoffer.problem.ProblemsFoundException;
import org.localoffer.serve.ChangeWatcher;
import org.localoffer.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site with drafts and previews it on http://127.0.0.1:PORT/, rebuilding when files change.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder (default: current folder).")
    Path source = Path.of(".");

    @Option(names = "--port", paramLabel = "N", description = "The port to listen on (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("localoffer-preview");
        Path site = work.resolve("site");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                OutputFolder.deleteTree(work);
            } catch (Exception ignored) {
                // The temporary folder is the system's to clean up if this fails.
            }
        }));
        PreviewBuilder builder = new PreviewBuilder(new SiteBuilder(), source, site);
        if (rebuild(builder) != null) {
            System.err.println("Fix the problems above and run 'localoffer serve' again.");
            return ExitCodes.CONTENT_PROBLEMS;
        }
        try (PreviewServer server = new PreviewServer(site, port)) {
            try {
                server.start();
            } catch (java.io.IOException e) {
                System.err.println("localoffer: cannot listen on port " + port + " (" + e.getMessage()
                        + "). Another program may be using it; try --port 8081.");
                return ExitCodes.USAGE;
            }
            System.out.println("Previewing " + source.toAbsolutePath().normalize() + " with drafts at " + server.url());
            System.out.println("Only this computer can see it. Edit and save a file to rebuild; press Ctrl+C to stop.");
            ChangeWatcher watcher = new ChangeWatcher(source);
            long lastHeartbeat = System.nanoTime();
            while (true) {
                Thread.sleep(POLL_MILLIS);
                if (watcher.changed()) {
                    Problems problems = rebuild(builder);
                    if (problems == null) {
                        server.showSite();
                    } else {
                        server.showProblems(problems);
                    }
                } else {
                    // Only when no save is waiting: the edited page reloads first, search catches up after.
                    try {
                        builder.refreshSearch();
                    } catch (java.io.IOException | RuntimeException e) {
                        System.err.println("localoffer: search in the preview could not be brought up to date ("
                                + e.getMessage() + "); it will be at the next whole rebuild.");
                    }
                }
                if (System.nanoTime() - lastHeartbeat > 10_000_000_000L) {
                    server.heartbeat();
                    lastHeartbeat = System.nanoTime();
                }
            }
        }
    }

    /** How often to look for saved files: short, so a save shows in the browser at once. */
    static final long POLL_MILLIS = 50;

    /** Rebuilds the preview; returns null when it worked, or the problems that stopped it. */
    private Problems rebuild(PreviewBuilder builder) throws Exception {
        try {
            PreviewBuilder.Outcome outcome = builder.rebuild();
            var result = outcome.result();
            long ms = result.stageMillis().values().stream().mapToLong(Long::longValue).sum();
            if (outcome.whole()) {
                System.out.printf("Built %d pages in %d ms.%n", result.totalPages(), ms);
            } else {
                System.out.printf("Rebuilt %s in %d ms.%n", outcome.rebuiltPages().size() == 1
                        ? outcome.rebuiltPages().get(0) : outcome.rebuiltPages().size() + " pages", ms);
            }
            if (!result.warnings().isEmpty()) {
                System.out.print(new ProblemReport().format(result.warnings()));
            }
            return null;
        } catch (ProblemsFoundException e) {
            System.err.print(new ProblemReport().format(e.problems()));
            System.err.println("The browser shows these problems until they are fixed.");
            return e.problems();
        }
    }
}
