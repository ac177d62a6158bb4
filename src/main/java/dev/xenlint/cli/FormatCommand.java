package dev.xenlint.cli;

import dev.xenlint.config.ConfigException;
import dev.xenlint.engine.Document;
import dev.xenlint.engine.Inputs;
import dev.xenlint.engine.Session;
import dev.xenlint.fix.SafeWriter;
import dev.xenlint.format.Formatter;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.output.TextEmitter;
import dev.xenlint.report.DiffReporter;
import dev.xenlint.workspace.FileSettings;
import dev.xenlint.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xenlint format}: lay files out canonically. */
final class FormatCommand implements Callable<Integer> {

    private final Main main;
    private CommandSpec spec;

    List<String> paths;
    boolean check;
    boolean forceWrite;
    boolean diff;
    final ConfigOptions configOptions = new ConfigOptions();

    FormatCommand(Main main) {
        this.main = main;
    }

    /** The command's model: its options, bound to the fields above. */
    CommandSpec spec() {
        spec = Specs.command(this, "format", new String[] {
            "Lay configuration files out in one canonical way.",
            "",
            "Each statement becomes `key = value` on its own line; lists go on one line when they fit and one "
                    + "item per line otherwise, at most one blank line, no trailing whitespace. Comments stay; "
                    + "Python blocks keep their structure. Files with syntax errors are left alone.",
            "",
            "Line width and quote style come from [format] in .xenlint.toml (line-width, quote-style = "
                    + "preserve|double|single)."},
            "", "Exit status: 0 done (or nothing to change), 1 --check/--diff found files to change, 2 syntax, "
                    + "configuration or I/O errors.");
        spec.addPositional(Specs.parameters("PATH", "1..*",
                "Files or directories to format; '-' formats standard input to standard output.", v -> paths = v));
        spec.addOption(Specs.flag("--check", "Write nothing; exit 1 if any file would change.", v -> check = v));
        spec.addOption(Specs.flag("--force-write", "Also write files that are read-only (no write permission for "
                + "their owner); without it xenlint refuses, even when run as root.", v -> forceWrite = v));
        spec.addOption(Specs.flag("--diff", "Write nothing; print a unified diff of the changes.", v -> diff = v));
        configOptions.addTo(spec);
        return spec;
    }

    /**
     * Reads {@code args[from..]} as picocli would when they are all of the plain forms ({@link PlainArgs}):
     * paths, --check, --force-write and --diff, --dialect, --xen-version and --config. Anything else returns false
     * with nothing set, and the run goes to picocli.
     */
    boolean parsePlain(String[] args, int from) {
        PlainArgs a = PlainArgs.read(args, from, PLAIN_FLAGS, PLAIN_VALUES);
        if (a == null) {
            return false;
        }
        DialectChoice dialectValue = a.values[0] == null ? null : PlainArgs.named(DialectChoice.values(), a.values[0]);
        java.nio.file.Path configValue = PlainArgs.path(a.values[2]);
        if ((a.values[0] != null && dialectValue == null) || (a.values[2] != null && configValue == null)) {
            return false;
        }
        configOptions.config = configValue;
        paths = a.paths;
        check = a.flags[0];
        forceWrite = a.flags[1];
        diff = a.flags[2];
        configOptions.dialect = dialectValue;
        configOptions.xenVersion = a.values[1];
        return true;
    }

    private static final String[] PLAIN_FLAGS = {"--check", "--force-write", "--diff"};
    private static final String[] PLAIN_VALUES = {"--dialect", "--xen-version", "--config"};

    @Override
    public Integer call() {
        return call(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Formats with the given standard output and error. */
    int call(PrintWriter out, PrintWriter err) {
        int stdinCount = 0;
        for (String p : paths) {
            if (Inputs.STDIN.equals(p)) {
                stdinCount++;
            }
        }
        if (stdinCount > 1) {
            err.println("xenlint: '-' (standard input) can be given only once");
            err.println("Run 'xenlint format --help' for usage.");
            return Main.EXIT_ERROR;
        }
        // the formatted text of standard input is standard output's whole content: the summary goes to stderr
        boolean textToStdout = stdinCount == 1 && !check && !diff;
        // so does a diff, which `patch` reads from standard output whole (as with check --diff)
        boolean summaryToErr = textToStdout || diff;
        Workspace configs;
        Session session;
        try {
            configs = configOptions.workspace();
            session = new Session(configs);
        } catch (ConfigException e) {
            err.println("xenlint: " + e.getMessage());
            return Main.EXIT_ERROR;
        }
        List<String> problems = new ArrayList<>();
        List<String> files = Inputs.expand(paths, configs, problems);
        int changed = 0;
        int unchanged = 0;
        int notWritten = 0; // refused (or, with --check and --diff, to be refused)
        int syntaxErrors = 0; // files left alone for their syntax errors
        for (String file : files) {
            boolean stdin = file.equals(Inputs.STDIN);
            FileSettings cfg;
            Formatter.Options options;
            try {
                cfg = configs.settingsFor(stdin ? null : Path.of(file));
                options = cfg.format();
            } catch (ConfigException e) {
                problems.add(e.getMessage());
                continue;
            }
            Inputs.Input input = Inputs.read(file, main.in, "<stdin>");
            if (input.error() != null) {
                problems.add(input.error());
                continue;
            }
            Session.Formatting formatting = session.format(
                    new Document(input.displayName(), input.path(), 0, input.source()), cfg.syntaxOnly(), options);
            if (formatting.refused()) {
                TextEmitter emitter = new TextEmitter(err, false);
                for (Diagnostic d : formatting.syntax().diagnostics()) {
                    emitter.emit(input.displayName(), input.source(), d);
                }
                err.println("xenlint: " + input.displayName() + " has syntax errors; not formatted");
                syntaxErrors++;
                continue;
            }
            String formatted = formatting.text();
            boolean differs = !formatted.equals(input.source().text());
            if (stdin && !check && !diff) {
                main.writeRaw(out, input.source().encode(formatted));
                continue;
            }
            if (!differs) {
                unchanged++;
                continue;
            }
            changed++;
            if (diff || check) {
                if (diff) {
                    DiffReporter.print(out, input.source(), input.source().withText(formatted), input.displayName());
                } else {
                    out.println("would reformat " + input.displayName());
                }
                // standard input is never written back: nothing to refuse
                String refusal = stdin ? null : SafeWriter.refusal(input.path(), input.source().encode(formatted), forceWrite);
                if (refusal != null) {
                    notWritten++;
                    err.println("xenlint: note: format would not write it: " + refusal);
                }
            } else {
                try {
                    SafeWriter.write(input.path(), input.bytes(), input.source().encode(formatted), forceWrite);
                } catch (SafeWriter.WriteException e) {
                    problems.add(e.getMessage());
                    changed--;
                    notWritten++;
                }
            }
        }
        boolean onlyStdin = files.size() == 1 && files.get(0).equals(Inputs.STDIN);
        boolean nothingDone = changed + unchanged + notWritten + syntaxErrors == 0 && !problems.isEmpty();
        if (!(onlyStdin && textToStdout) && !nothingDone) { // no "0 files" beside an error that explains them
            String verb = check || diff ? "would be reformatted" : "reformatted";
            String summary = changed + " file" + (changed == 1 ? "" : "s") + " " + verb + ", " + unchanged + " unchanged";
            if (notWritten > 0) {
                summary += check || diff
                        ? "; " + notWritten + " of them would not be written"
                        : ", " + notWritten + " file" + (notWritten == 1 ? "" : "s") + " not written";
            }
            if (syntaxErrors > 0) {
                summary += ", " + syntaxErrors + " file" + (syntaxErrors == 1 ? "" : "s") + " not formatted (syntax errors)";
            }
            if (summaryToErr) {
                out.flush(); // after the diff on a terminal, not in the middle of it
            }
            (summaryToErr ? err : out).println(summary + ".");
        }
        out.flush();
        for (String p : problems) {
            err.println("xenlint: " + p);
        }
        err.flush();
        if (!problems.isEmpty() || syntaxErrors > 0) {
            return Main.EXIT_ERROR;
        }
        return (check || diff) && changed > 0 ? Main.EXIT_FINDINGS : 0;
    }
}
