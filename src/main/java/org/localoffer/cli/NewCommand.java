package org.localoffer.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.localoffer.config.SiteConfig;
import org.localoffer.config.SiteConfigReader;
import org.localoffer.content.NewPage;
import org.localoffer.content.Page;
import org.localoffer.content.PageType;
import org.localoffer.data.SiteData;
import org.localoffer.data.SiteDataReader;
import org.localoffer.problem.ProblemReport;
import org.localoffer.problem.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Writes a new draft page from a template, with today's dates, in the right folder. "
                + "It never replaces a file that is already there.")
final class NewCommand implements Callable<Integer> {

    /** The kinds of page this command writes. */
    enum Kind { service, guide, news }

    @Parameters(index = "0", paramLabel = "TYPE", description = "service, guide or news.")
    Kind kind;

    @Parameters(index = "1", paramLabel = "TITLE", description = "The page title, in quotes, like \"School nursing\".")
    String title;

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder (default: current folder).")
    Path source = Path.of(".");

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() throws Exception {
        if (title.isBlank()) {
            System.err.println("localoffer: the title is empty. Write it in quotes, like: localoffer new "
                    + kind + " \"School nursing\"");
            return ExitCodes.USAGE;
        }
        Problems problems = new Problems();
        Optional<SiteConfig> site = new SiteConfigReader().read(source, problems);
        Optional<SiteData> data = site.isPresent() ? new SiteDataReader().read(source, problems) : Optional.empty();
        if (site.isEmpty() || data.isEmpty()) {
            System.err.print(new ProblemReport().format(problems));
            return ExitCodes.CONTENT_PROBLEMS;
        }
        PageType type = PageType.fromId(kind.name()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        String sourcePath = NewPage.sourcePath(type, title.strip(), today);
        String shown = Page.CONTENT_FOLDER + "/" + sourcePath;
        Path file = source.resolve(Page.CONTENT_FOLDER).resolve(sourcePath);
        if (Files.exists(file)) {
            System.err.println(shown + ": error: this file already exists, and new never replaces a file. "
                    + "Choose a different title, or edit the file that is there.");
            return ExitCodes.CONTENT_PROBLEMS;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, NewPage.text(type, title.strip(), site.get(), data.get(), today), StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE_NEW);
        System.out.println("Wrote " + shown + ". It is a draft: replace the example text, check each setting, "
                + "then change 'status: draft' to 'status: published'.");
        return ExitCodes.OK;
    }
}
