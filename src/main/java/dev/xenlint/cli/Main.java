package dev.xenlint.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code xenlint} command. */
@Command(name = "xenlint",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Checks Xen domain configuration files without running them:",
            "the /etc/xen/*.cfg files read by xl, and the Python files read by the older xm.",
            ""},
        footer = {"",
            "Exit status: 0 no problems, 1 problems found, 2 usage or I/O error.",
            "Run 'xenlint help COMMAND' for the options of a command."})
public final class Main implements java.util.concurrent.Callable<Integer> {

    /** Exit status when problems were found. */
    static final int EXIT_FINDINGS = 1;
    /** Exit status for usage and I/O errors. */
    static final int EXIT_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** The commands, in the order {@code --help} lists them. */
    private static final Class<?>[] COMMANDS = {CheckCommand.class, FormatCommand.class, ConvertCommand.class,
        DumpCommand.class, RulesCommand.class, ExplainCommand.class, LspCommand.class, CommandLine.HelpCommand.class};

    /** Runs xenlint with the given streams and returns the exit status. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new Main(in, out));
        addCommands(cli, args.length > 0 ? args[0] : "");
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("xenlint: internal error: " + e
                    + "\nPlease report this with the file that caused it.");
            if (System.getenv("XENLINT_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return EXIT_ERROR;
        });
        cli.setParameterExceptionHandler((e, params) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("xenlint: " + e.getMessage());
            c.getErr().println("Run '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            return EXIT_ERROR;
        });
        return cli.execute(args);
    }

    /**
     * Adds the command named by the first argument only: picocli builds each command's model by
     * reflection, and a run needs one. Anything else (no command, {@code --help}, {@code help},
     * a misspelt name) gets all of them, for the list of commands and picocli's suggestions.
     * Settings made on {@code cli} afterwards reach every command added here.
     */
    private static void addCommands(CommandLine cli, String first) {
        for (Class<?> command : COMMANDS) {
            if (command != CommandLine.HelpCommand.class
                    && command.getAnnotation(Command.class).name().equals(first)) {
                cli.addSubcommand(command);
                return;
            }
        }
        for (Class<?> command : COMMANDS) {
            cli.addSubcommand(command);
        }
    }

    /** Standard input of this run. */
    final InputStream in;
    /** Standard output as bytes, for file contents that must keep their encoding. */
    final PrintStream rawOut;

    private Main(InputStream in, PrintStream rawOut) {
        this.in = in;
        this.rawOut = rawOut;
    }

    /** Writes a file's content to standard output in the file's own encoding (BOM included). */
    void writeRaw(PrintWriter writer, byte[] content) {
        writer.flush();
        rawOut.write(content, 0, content.length);
        rawOut.flush();
    }

    @Override
    public Integer call() {
        // no subcommand given
        spec.commandLine().usage(spec.commandLine().getErr());
        return EXIT_ERROR;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"xenlint " + dev.xenlint.report.ToolVersion.get()};
        }
    }
}
