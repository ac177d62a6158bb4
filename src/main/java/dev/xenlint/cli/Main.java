package dev.xenlint.cli;

import dev.xenlint.output.Utf8Writer;
import dev.xenlint.text.Trace;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code xenlint} command. */
public final class Main implements java.util.concurrent.Callable<Integer> {

    private static final String[] DESCRIPTION = {
        "Checks Xen domain configuration files without running them:",
        "the /etc/xen/*.cfg files read by xl, and the Python files read by the older xm.",
        ""};
    private static final String[] FOOTER = {"",
        "Exit status: 0 no problems, 1 problems found, 2 usage or I/O error.",
        "Run 'xenlint help COMMAND' for the options of a command."};

    /** Exit status when problems were found. */
    static final int EXIT_FINDINGS = 1;
    /** Exit status for usage and I/O errors. */
    static final int EXIT_ERROR = 2;

    private CommandSpec spec;

    public static void main(String[] args) {
        Trace.mark("main");
        StandardOutput out = StandardOutput.open();
        System.setOut(out); // anything else printed goes the same way, in order
        int exit = run(args, System.in, out, System.err);
        Trace.mark("exit");
        Trace.print(System.err);
        out.flush();
        System.err.flush();
        // Not System.exit: from JDK 21 it asks System.Logger whether to log the exit, and finding the logger
        // is a ServiceLoader search of the class path, which opened and indexed the jar (3,000 entries) in
        // every run whose classes all came from the launcher's cache: one check of one file 54 -> 46 ms on
        // JDK 25 (paired, medians of 31). halt runs no shutdown hook; xenlint's only one (WriteGuard, for a
        // signal during a write) has nothing to wait for here, every write being done.
        Runtime.getRuntime().halt(exit);
    }

    /** The commands, in the order {@code --help} lists them (then picocli's {@code help}). */
    static final String[] COMMANDS = {"check", "format", "convert", "dump", "rules", "explain", "lsp"};

    /**
     * picocli registers a converter for each java.time and java.sql type it knows (loading and
     * initialising those classes) every time it makes a command line; xenlint has no option of
     * those types. A value set by the user is kept.
     */
    private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    /**
     * picocli's default factory looks for Groovy's {@code groovy.lang.Closure} on the class path when it is
     * first used: with every class of a run in the launcher's cache, that miss was the one reason such a run
     * opened and searched the jar (about 9 ms of a {@code format --check} of one file on JDK 17). xenlint
     * has no Groovy. A value set by the user is kept.
     */
    private static final String NO_CLOSURES = "picocli.disable.closures";

    /** Runs xenlint with the given streams and returns the exit status. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, true);
    }

    /**
     * {@link #run(String[], InputStream, PrintStream, PrintStream)}; with {@code plain}, a {@code check} or
     * {@code format} whose arguments are all of the plain forms ({@link PlainArgs}) runs without picocli, the
     * same as through it (tests run both ways and compare).
     */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean plain) {
        if (plain && args.length > 1) {
            Integer exit = runPlain(args, in, out, err);
            if (exit != null) {
                return exit;
            }
        }
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, "java\\.time\\..*,java\\.sql\\..*");
        }
        if (System.getProperty(NO_CLOSURES) == null) {
            System.setProperty(NO_CLOSURES, "true");
        }
        Main main = new Main(in, out);
        CommandSpec spec = Specs.command(main, "xenlint", DESCRIPTION, FOOTER);
        main.spec = spec;
        CommandLine cli = new CommandLine(spec);
        addCommands(cli, main, args);
        cli.setOut(Utf8Writer.utf8(out, true));
        cli.setErr(Utf8Writer.utf8(err, true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setHelpFactory(new Specs.WrappingHelp());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> internalError(e, commandLine.getErr()));
        cli.setParameterExceptionHandler((e, params) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("xenlint: " + e.getMessage());
            c.getErr().println("Run '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            return EXIT_ERROR;
        });
        Trace.mark("command line built");
        int exit = cli.execute(args);
        cli.getOut().flush();
        return finish(exit, out, err);
    }

    /**
     * A {@code check} or {@code format} whose arguments are all plain ({@link PlainArgs}), run without picocli;
     * its exit status, or null when the line is for picocli.
     */
    private static Integer runPlain(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Main main = new Main(in, out);
        CheckCommand check = null;
        FormatCommand format = null;
        if (args[0].equals("check")) {
            check = new CheckCommand(main);
            if (!check.parsePlain(args, 1)) {
                return null;
            }
        } else if (args[0].equals("format")) {
            format = new FormatCommand(main);
            if (!format.parsePlain(args, 1)) {
                return null;
            }
        } else {
            return null;
        }
        Trace.mark(check != null ? "command line read (plain check)" : "command line read (plain format)");
        PrintWriter stdout = Utf8Writer.utf8(out, true);
        PrintWriter stderr = Utf8Writer.utf8(err, true);
        int exit;
        try {
            exit = check != null ? check.call(stdout, stderr) : format.call(stdout, stderr);
        } catch (Exception e) { // as picocli's execute hands a command's exception to the handler below
            exit = internalError(e, stderr);
        }
        stdout.flush();
        return finish(exit, out, err);
    }

    /** What a command that threw says (the exception is a bug of xenlint's); the exit status. */
    private static int internalError(Exception e, PrintWriter err) {
        err.println("xenlint: internal error: " + e + "\nPlease report this with the file that caused it.");
        if (System.getenv("XENLINT_DEBUG") != null) {
            e.printStackTrace(err);
        }
        return EXIT_ERROR;
    }

    /** The run's exit status, once standard output (already flushed) is known to have been written. */
    private static int finish(int exit, PrintStream out, PrintStream err) {
        String failure = StandardOutput.failureOf(out);
        if (StandardOutput.BROKEN_PIPE.equals(failure)) {
            return exit; // `xenlint check ... | head`: the reader has what it wanted; nothing to say
        }
        if (failure != null) {
            err.println("xenlint: cannot write standard output: " + failure);
            err.flush();
            return EXIT_ERROR;
        }
        return exit;
    }

    /**
     * Adds the command named by the first argument only: a run needs one. {@code --version} or
     * {@code -V} alone needs none (building all seven took most of its time). Anything else (no
     * command, {@code --help}, {@code help}, a misspelt name) gets all of them, for the list of
     * commands and picocli's suggestions. Settings made on {@code cli} afterwards reach every
     * command added here.
     */
    private static void addCommands(CommandLine cli, Main main, String[] args) {
        String first = args.length > 0 ? args[0] : "";
        if (args.length == 1 && (first.equals("--version") || first.equals("-V"))) {
            return;
        }
        CommandSpec one = command(first, main);
        if (one != null) {
            cli.addSubcommand(new CommandLine(one));
            return;
        }
        for (String name : COMMANDS) {
            cli.addSubcommand(new CommandLine(command(name, main)));
        }
        cli.addSubcommand(CommandLine.HelpCommand.class);
    }

    /** The model of the command {@code name}, or null if there is none of that name. */
    static CommandSpec command(String name, Main main) {
        switch (name) {
            case "check": return new CheckCommand(main).spec();
            case "format": return new FormatCommand(main).spec();
            case "convert": return new ConvertCommand(main).spec();
            case "dump": return new DumpCommand(main).spec();
            case "rules": return new RulesCommand().spec();
            case "explain": return new ExplainCommand().spec();
            case "lsp": return new LspCommand(main).spec();
            default: return null;
        }
    }

    /** Standard input of this run. */
    final InputStream in;
    /** Standard output as bytes, for file contents that must keep their encoding. */
    final PrintStream rawOut;

    Main(InputStream in, PrintStream rawOut) {
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
