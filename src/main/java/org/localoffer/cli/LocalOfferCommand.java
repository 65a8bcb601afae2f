package org.localoffer.cli;

import org.localoffer.build.OutputFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code localoffer} command: build, check, serve and bench a SEND Local Offer site. */
@Command(name = "localoffer", mixinStandardHelpOptions = true, version = "localoffer 0.1.0",
        description = "Builds an accessible SEND Local Offer website from Markdown.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, BenchCommand.class, ImportCommand.class,
                NewCommand.class})
public final class LocalOfferCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say what to do: build, check, serve, new, bench or import.");
    }

    public static void main(String[] args) {
        int code = run(args);
        OutputFolder.awaitRemovals(); // a replaced output is deleted in the background; finish before the process ends
        System.exit(code);
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new LocalOfferCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("localoffer: internal error: " + e + ". This is a bug in localoffer; "
                    + "please report it with the command you ran.");
            if (System.getenv("LOCALOFFER_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return ExitCodes.INTERNAL_FAILURE;
        });
        cli.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL_FAILURE);
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("localoffer: " + e.getMessage());
            e.getCommandLine().getErr().println("Run 'localoffer " + commandName(e.getCommandLine()) + "--help' for usage.");
            return ExitCodes.USAGE;
        });
        return cli.execute(args);
    }

    private static String commandName(CommandLine cl) {
        String qualified = cl.getCommandSpec().qualifiedName();
        int space = qualified.indexOf(' ');
        return space < 0 ? "" : qualified.substring(space + 1) + " ";
    }
}
