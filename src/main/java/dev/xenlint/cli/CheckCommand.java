package dev.xenlint.cli;

import dev.xenlint.lint.Analysis;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Linter;
import dev.xenlint.lint.Severity;
import dev.xenlint.output.JsonEmitter;
import dev.xenlint.output.TextEmitter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code xenlint check}: report problems. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Report problems in Xen domain configuration files.",
            "Directories are searched recursively for *.cfg, *.conf, *.xl, *.xm, *.hvm and *.pv",
            "files (hidden entries skipped); files named explicitly are always checked."},
        footer = {"", "Exit status: 0 no problems, 1 problems found, 2 usage or I/O error."})
final class CheckCommand implements Callable<Integer> {

    enum OutputFormat { text, json }

    /** Findings at or above this severity make the exit status 1. */
    private static final Severity FAIL_THRESHOLD = Severity.WARNING;

    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Files or directories to check; '-' reads standard input.")
    List<String> paths;

    @Option(names = "--dialect", defaultValue = "auto", paramLabel = "auto|xm|xl",
            description = "Toolstack that reads the files: xm (Python), xl, or auto to decide per file "
                    + "(default: ${DEFAULT-VALUE}).")
    DialectChoice dialect;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--color", defaultValue = "auto", paramLabel = "auto|always|never",
            description = "Colour text output (default: ${DEFAULT-VALUE}: when writing to a terminal and "
                    + "NO_COLOR is not set).")
    ColorChoice color;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> ioErrors = new ArrayList<>();
        List<String> files = Inputs.expand(paths, ioErrors);
        for (String path : paths) {
            if (!path.equals(Inputs.STDIN) && java.nio.file.Files.isDirectory(java.nio.file.Path.of(path))
                    && files.stream().noneMatch(f -> f.startsWith(path))) {
                ioErrors.add("no configuration files found in " + path);
            }
        }
        TextEmitter text = new TextEmitter(out, color.enabled());
        JsonEmitter json = new JsonEmitter();
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        int checked = 0;
        boolean failed = false;
        for (String file : files) {
            Inputs.Input input = Inputs.read(file, main.in, "<stdin>");
            if (input.error() != null) {
                ioErrors.add(input.error());
                continue;
            }
            checked++;
            Analysis analysis = Linter.analyze(input.source(), dialect.forced);
            for (Diagnostic d : analysis.diagnostics()) {
                switch (d.severity()) {
                    case ERROR -> errors++;
                    case WARNING -> warnings++;
                    case INFO -> infos++;
                }
                failed |= d.severity().atLeast(FAIL_THRESHOLD);
                if (format == OutputFormat.json) {
                    json.add(input.displayName(), input.source(), d);
                } else {
                    text.emit(input.displayName(), input.source(), d);
                }
            }
        }
        if (format == OutputFormat.json) {
            out.println(json.render());
        } else {
            text.summary(errors, warnings, infos, checked);
        }
        out.flush();
        for (String e : ioErrors) {
            err.println("xenlint: " + e);
        }
        err.flush();
        if (!ioErrors.isEmpty()) {
            return Main.EXIT_ERROR;
        }
        return failed ? Main.EXIT_FINDINGS : 0;
    }
}
