package org.localoffer.serve;

import java.io.IOException;
import java.io.PrintStream;
import org.localoffer.build.BuildResult;
import org.localoffer.build.PreviewBuilder;
import org.localoffer.problem.ProblemReport;
import org.localoffer.problem.Problems;
import org.localoffer.problem.ProblemsFoundException;

/**
 * What {@code serve} does while it runs: looks for saved files every {@link #POLL_MILLIS} ms,
 * brings the preview up to date, and tells open pages to reload (or to show what is wrong).
 * When nothing is waiting, it lets search catch up with the last edit.
 */
public final class PreviewLoop {

    /** How often to look for saved files: short, so a save shows in the browser at once. */
    public static final long POLL_MILLIS = 50;

    private final PreviewBuilder builder;
    private final PreviewServer server;
    private final ChangeWatcher watcher;
    private final PrintStream out;
    private final PrintStream err;

    public PreviewLoop(PreviewBuilder builder, PreviewServer server, ChangeWatcher watcher, PrintStream out, PrintStream err) {
        this.builder = builder;
        this.server = server;
        this.watcher = watcher;
        this.out = out;
        this.err = err;
    }

    /** Brings the preview up to date; returns null when it worked, or the problems that stopped it. */
    public Problems rebuild() throws IOException {
        return rebuild(builder, out, err);
    }

    /** Brings the preview up to date and says so on {@code out}, or what stopped it on {@code err}. */
    public static Problems rebuild(PreviewBuilder builder, PrintStream out, PrintStream err) throws IOException {
        try {
            PreviewBuilder.Outcome outcome = builder.rebuild();
            BuildResult result = outcome.result();
            long ms = result.stageMillis().values().stream().mapToLong(Long::longValue).sum();
            if (outcome.whole()) {
                out.printf("Built %d pages in %d ms.%n", result.totalPages(), ms);
            } else {
                out.printf("Rebuilt %s in %d ms.%n", outcome.rebuiltPages().size() == 1
                        ? outcome.rebuiltPages().get(0) : outcome.rebuiltPages().size() + " pages", ms);
            }
            if (!result.warnings().isEmpty() && outcome.whole()) {
                out.print(new ProblemReport().format(result.warnings()));
            }
            return null;
        } catch (ProblemsFoundException e) {
            err.print(new ProblemReport().format(e.problems()));
            err.println("The browser shows these problems until they are fixed.");
            return e.problems();
        }
    }

    /** Runs until the thread is interrupted. */
    public void run() throws IOException, InterruptedException {
        long lastHeartbeat = System.nanoTime();
        while (!Thread.currentThread().isInterrupted()) {
            Thread.sleep(POLL_MILLIS);
            if (watcher.changed()) {
                Problems problems = rebuild();
                if (problems == null) {
                    server.showSite();
                } else {
                    server.showProblems(problems);
                }
            } else {
                // Only when no save is waiting: the edited page reloads first, search catches up after.
                try {
                    builder.refreshSearch();
                } catch (IOException | RuntimeException e) {
                    err.println("localoffer: search in the preview could not be brought up to date ("
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
