package org.localoffer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.localoffer.data.WaitingData;
import org.localoffer.importer.ChsMappingReader;
import org.localoffer.importer.WaitingTimesImporter;
import org.localoffer.problem.ProblemReport;
import org.localoffer.problem.Problems;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code localoffer import}: brings figures published by others into the site's data files. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Brings figures and service records published by others into the site.",
        subcommands = {ImportCommand.WaitingTimes.class, ImportCommand.Oruk.class})
public final class ImportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say what to import: waiting-times or oruk.");
    }

    /** {@code localoffer import waiting-times --format nhs-chs FILE.csv}. */
    @Command(name = "waiting-times", mixinStandardHelpOptions = true,
            description = {"Merges NHS England's monthly Community Health Services waiting-list CSV into "
                    + WaitingData.WAITS_FILE + ". New figures replace those for the same month, service and area; "
                    + "every other row is kept. If anything is wrong, nothing is written."})
    static final class WaitingTimes implements Callable<Integer> {

        static final String NHS_CHS = "nhs-chs";

        @Spec
        CommandSpec spec;

        @Option(names = "--format", required = true, paramLabel = "FORMAT",
                description = "The layout of FILE. The only one is nhs-chs: NHS England's CHS waiting lists in long format "
                        + "(one row per organisation, month, service and metric).")
        String format;

        @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file downloaded from NHS England.")
        Path file;

        @Option(names = "--mapping", paramLabel = "FILE",
                description = "Which NHS providers and service lines feed which areas and services (default: "
                        + ChsMappingReader.DEFAULT_FILE + " in the site folder).")
        Path mapping;

        @Option(names = "--source", paramLabel = "DIR", description = "The site folder (default: current folder).")
        Path source = Path.of(".");

        @Override
        public Integer call() {
            if (!NHS_CHS.equals(format.strip().toLowerCase(Locale.ROOT))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Unknown format '" + format
                        + "'. The only format is " + NHS_CHS + ".");
            }
            Path mappingFile = mapping != null ? mapping : source.resolve(ChsMappingReader.DEFAULT_FILE);
            String mappingLabel = mapping != null ? mapping.toString() : ChsMappingReader.DEFAULT_FILE;
            Problems problems = new Problems();
            Optional<WaitingTimesImporter.Summary> summary = new WaitingTimesImporter(YearMonth.now())
                    .importNhsChs(source, file, file.toString(), mappingFile, mappingLabel, problems);
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter out = spec.commandLine().getOut();
            if (!problems.isEmpty()) {
                err.print(new ProblemReport().format(problems));
            }
            if (summary.isEmpty()) {
                err.println("Nothing was imported; " + WaitingData.WAITS_FILE + " has not been changed.");
                err.flush();
                return ExitCodes.CONTENT_PROBLEMS;
            }
            err.flush();
            out.println(summary.get().message());
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code localoffer import oruk FILE.json [--update]}. */
    @Command(name = "oruk", mixinStandardHelpOptions = true,
            description = {"Turns an Open Referral UK (3.0) services document into service pages, "
                    + "content/services/<name>.md, one per service, and reports what was mapped, what was dropped "
                    + "and why. Pages that already exist are left alone unless --update is given. If anything in the "
                    + "file is wrong, nothing is written."})
    static final class Oruk implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE",
                description = "The JSON from an Open Referral UK API: GET /services (a page of services), "
                        + "GET /services/{id} (one service), or a list of services.")
        Path file;

        @Option(names = "--update", description = "Replace the front matter of pages that already exist. The page "
                + "text below the front matter is kept, and so are keys Open Referral does not carry.")
        boolean update;

        @Option(names = "--source", paramLabel = "DIR", description = "The site folder (default: current folder).")
        Path source = Path.of(".");

        @Override
        public Integer call() throws java.io.IOException {
            Problems problems = new Problems();
            Optional<org.localoffer.oruk.OrukImporter.Result> result = new org.localoffer.oruk.OrukImporter(
                    java.time.LocalDate.now()).run(source, file, file.toString(), update, problems);
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter out = spec.commandLine().getOut();
            if (!problems.isEmpty()) {
                err.print(new ProblemReport().format(problems));
            }
            if (result.isEmpty()) {
                err.println("Nothing was imported; no page has been written or changed.");
                err.flush();
                return ExitCodes.CONTENT_PROBLEMS;
            }
            err.flush();
            out.print(result.get().report());
            out.flush();
            return ExitCodes.OK;
        }
    }
}
