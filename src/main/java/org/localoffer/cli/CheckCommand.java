package org.localoffer.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.localoffer.build.SiteBuilder;
import org.localoffer.problem.ProblemReport;
import org.localoffer.problem.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks settings, data and every page without writing anything. Exit status 1 on any error.")
final class CheckCommand implements Callable<Integer> {

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder (default: current folder).")
    Path source = Path.of(".");

    @Override
    public Integer call() throws Exception {
        Problems problems = new SiteBuilder().check(source);
        System.out.print(new ProblemReport().format(problems));
        return problems.hasErrors() ? ExitCodes.CONTENT_PROBLEMS : ExitCodes.OK;
    }
}
