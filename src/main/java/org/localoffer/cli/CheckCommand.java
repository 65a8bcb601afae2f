package org.localoffer.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.localoffer.build.SiteBuilder;
import org.localoffer.check.StatutoryCoverage;
import org.localoffer.problem.GithubAnnotations;
import org.localoffer.problem.ProblemReport;
import org.localoffer.problem.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks settings, data and every page without writing anything. Exit status 1 on any error.")
final class CheckCommand implements Callable<Integer> {

    /** How findings are printed. */
    enum Format { text, github }

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder (default: current folder).")
    Path source = Path.of(".");

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text (default): one finding a line, the statutory coverage table and a summary; "
                    + "github: GitHub Actions annotations and a summary.")
    Format format = Format.text;

    @Override
    public Integer call() throws Exception {
        SiteBuilder.CheckReport report = new SiteBuilder().checkReport(source);
        Problems problems = report.problems();
        if (format == Format.github) {
            System.out.print(GithubAnnotations.format(problems));
        } else {
            String text = new ProblemReport().format(problems);
            String summary = ProblemReport.summary(problems) + "\n";
            String findings = text.substring(0, text.length() - summary.length());
            System.out.print(findings);
            if (!report.coverage().isEmpty()) {
                System.out.print(StatutoryCoverage.table(report.coverage()));
            }
            System.out.print(summary);
        }
        return problems.hasErrors() ? ExitCodes.CONTENT_PROBLEMS : ExitCodes.OK;
    }
}
