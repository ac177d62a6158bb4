package dev.xenlint.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The {@code xenlint} command: picks the command named first, parses the rest into it, runs it. */
public final class Main {

    /** Exit status when problems were found. */
    static final int EXIT_FINDINGS = 1;
    /** Exit status for usage and I/O errors. */
    static final int EXIT_ERROR = 2;

    /** The commands, in the order the help lists them. */
    static final List<String> COMMANDS = List.of("check", "format", "convert", "dump", "rules", "explain", "lsp");

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** The command called {@code name}, or null; only that command's class is loaded. */
    static Command create(String name) {
        return switch (name) {
            case "check" -> new CheckCommand();
            case "format" -> new FormatCommand();
            case "convert" -> new ConvertCommand();
            case "dump" -> new DumpCommand();
            case "rules" -> new RulesCommand();
            case "explain" -> new ExplainCommand();
            case "lsp" -> new LspCommand();
            default -> null;
        };
    }

    /** Runs xenlint with the given streams and returns the exit status. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Main main = new Main(in, out, new PrintWriter(out, true), new PrintWriter(err, true));
        try {
            return main.run(args);
        } finally {
            main.out.flush();
            main.err.flush();
        }
    }

    /** Standard input of this run. */
    final InputStream in;
    /** Standard output as bytes, for file contents that must keep their encoding. */
    final PrintStream rawOut;
    final PrintWriter out;
    final PrintWriter err;

    private Main(InputStream in, PrintStream rawOut, PrintWriter out, PrintWriter err) {
        this.in = in;
        this.rawOut = rawOut;
        this.out = out;
        this.err = err;
    }

    private int run(String[] args) {
        if (args.length == 0) {
            printHelp(err);
            return EXIT_ERROR;
        }
        String first = args[0];
        switch (first) {
            case "-h", "--help" -> {
                printHelp(out);
                return 0;
            }
            case "-V", "--version" -> {
                out.println(version());
                return 0;
            }
            case "help" -> {
                if (args.length == 1) {
                    printHelp(out);
                    return 0;
                }
                Command command = create(args[1]);
                if (command == null) {
                    return usage("no command `" + args[1] + "`; the commands are " + String.join(", ", COMMANDS),
                            "xenlint");
                }
                command.printHelp(out);
                return 0;
            }
            default -> { }
        }
        Command command = create(first);
        if (command == null) {
            return usage(first.startsWith("-") ? "unknown option " + first
                    : "no command `" + first + "`; the commands are " + String.join(", ", COMMANDS), "xenlint");
        }
        Command.Request request;
        try {
            request = command.parse(args, 1);
        } catch (Command.UsageException e) {
            return usage(e.getMessage(), "xenlint " + command.name);
        }
        if (request == Command.Request.HELP) {
            command.printHelp(out);
            return 0;
        }
        if (request == Command.Request.VERSION) {
            out.println(version());
            return 0;
        }
        command.main = this;
        command.out = out;
        command.err = err;
        try {
            return command.call();
        } catch (RuntimeException | StackOverflowError e) {
            out.flush();
            err.println("xenlint: internal error: " + e + "\nPlease report this with the file that caused it.");
            if (System.getenv("XENLINT_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return EXIT_ERROR;
        }
    }

    private int usage(String message, String command) {
        err.println("xenlint: " + message);
        err.println("Run '" + command + " --help' for usage.");
        return EXIT_ERROR;
    }

    /** Writes a file's content to standard output in the file's own encoding (BOM included). */
    void writeRaw(PrintWriter writer, byte[] content) {
        writer.flush();
        rawOut.write(content, 0, content.length);
        rawOut.flush();
    }

    private static String version() {
        return "xenlint " + dev.xenlint.report.ToolVersion.get();
    }

    private static void printHelp(PrintWriter to) {
        to.println("Usage: xenlint COMMAND [OPTIONS] [ARGUMENTS]");
        to.println("Checks Xen domain configuration files without running them:");
        to.println("the /etc/xen/*.cfg files read by xl, and the Python files read by the older xm.");
        to.println();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"  -h, --help", "Show this help and exit."});
        rows.add(new String[] {"  -V, --version", "Print the version and exit."});
        Command.printTable(to, rows);
        to.println("Commands:");
        rows.clear();
        for (String name : COMMANDS) {
            rows.add(new String[] {"  " + name, create(name).summary});
        }
        rows.add(new String[] {"  help", "Print the help of a command (`xenlint help check`)."});
        Command.printTable(to, rows);
        to.println();
        to.println("Exit status: 0 no problems, 1 problems found, 2 usage or I/O error.");
        to.println("Run 'xenlint help COMMAND' for the options of a command.");
        to.flush();
    }
}
