package org.localoffer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.localoffer.build.OutputFolder;
import org.localoffer.build.PreviewBuilder;
import org.localoffer.build.SiteBuilder;
import org.localoffer.serve.ChangeWatcher;
import org.localoffer.serve.PreviewLoop;
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
        if (PreviewLoop.rebuild(builder, System.out, System.err) != null) {
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
            new PreviewLoop(builder, server, new ChangeWatcher(source), System.out, System.err).run();
            return ExitCodes.OK;
        }
    }

}
