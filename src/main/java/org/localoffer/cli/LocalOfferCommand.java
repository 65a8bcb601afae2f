package org.localoffer.cli;

import java.util.List;
import org.localoffer.build.OutputFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code localoffer} command: build, check, serve and bench a SEND Local Offer site. */
@Command(name = "localoffer", mixinStandardHelpOptions = true, version = "localoffer 0.1.0",
        description = "Builds an accessible SEND Local Offer website from Markdown.")
public final class LocalOfferCommand implements Runnable {

    /**
     * The subcommands, in the order help lists them. Only the one named is set up: picocli reads each command's
     * options through reflection, and every build starts a new Java, where that cost about 20 ms for all six.
     */
    static final List<Class<?>> SUBCOMMANDS = List.of(BuildCommand.class, CheckCommand.class, ServeCommand.class,
            BenchCommand.class, ImportCommand.class, NewCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say what to do: build, check, serve, new, bench or import.");
    }

    /** Made when the class loads, before any build, while there is memory to make it. */
    private static final String OUT_OF_MEMORY = outOfMemory(Runtime.getRuntime().maxMemory());

    public static void main(String[] args) {
        int code = ExitCodes.INTERNAL_FAILURE;
        try {
            code = run(args);
        } catch (OutOfMemoryError e) {
            // Java ran out again while saying so, when other threads of the build still held memory: say it again
            // now that they have let go of it. The process still ends with its exit code.
            System.err.println(OUT_OF_MEMORY);
        } finally {
            try {
                OutputFolder.awaitRemovals(); // a replaced output is deleted in the background; finish before the process ends
            } catch (OutOfMemoryError | LinkageError e) {
                // Out of memory before the deleter could even be set up (its class failed to load): nothing
                // was moved aside, so there is nothing to wait for. A leftover old output goes at the next build.
            }
            System.exit(code);
        }
    }

    /**
     * What to tell someone whose build ran out of memory. Said, not thrown, so that the editor reads one sentence
     * and not a stack trace.
     */
    static String outOfMemory(long maxHeapBytes) {
        long mb = maxHeapBytes / (1024 * 1024);
        return "localoffer: error: Java ran out of memory (its limit is " + mb + " MB). Nothing was published; the "
                + "previous output is as it was. Run again with a higher limit, for example "
                + "JAVA_OPTS=-Xmx" + Math.max(2, (mb * 2 + 1023) / 1024) + "g ./localoffer build";
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new LocalOfferCommand());
        String first = args.length == 0 ? "" : args[0];
        List<Class<?>> named = SUBCOMMANDS.stream().filter(c -> name(c).equals(first)).toList();
        // Help, usage errors and suggestions need them all.
        (named.isEmpty() ? SUBCOMMANDS : named).forEach(cli::addSubcommand);
        // The handlers below reach only the subcommands already added.
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
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
                e.getCommandLine().getErr().println("Did you mean: " + String.join(" or ", unmatched.getSuggestions()) + "?");
            }
            e.getCommandLine().getErr().println("Run 'localoffer " + commandName(e.getCommandLine()) + "--help' for usage.");
            return ExitCodes.USAGE;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            cli.getErr().println(OUT_OF_MEMORY);
            return ExitCodes.INTERNAL_FAILURE;
        } catch (Error e) {
            // Any other error (a stack overflow, say) also ends the command with a message instead of a hang.
            cli.getErr().println("localoffer: internal error: " + e + ". This is a bug in localoffer; "
                    + "please report it with the command you ran.");
            return ExitCodes.INTERNAL_FAILURE;
        }
    }

    static String name(Class<?> subcommand) {
        return subcommand.getAnnotation(Command.class).name();
    }

    private static String commandName(CommandLine cl) {
        String qualified = cl.getCommandSpec().qualifiedName();
        int space = qualified.indexOf(' ');
        return space < 0 ? "" : qualified.substring(space + 1) + " ";
    }
}
