package dev.xenlint.cli;

import dev.xenlint.config.ConfigException;
import dev.xenlint.config.ProjectConfig;
import dev.xenlint.fix.Fixer;
import dev.xenlint.fix.SafeWriter;
import dev.xenlint.fix.UnifiedDiff;
import dev.xenlint.lint.Analysis;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Fix;
import dev.xenlint.lint.LintOptions;
import dev.xenlint.lint.Linter;
import dev.xenlint.lint.RuleSelection;
import dev.xenlint.lint.Rules;
import dev.xenlint.lint.Severity;
import dev.xenlint.output.JsonEmitter;
import dev.xenlint.output.TextEmitter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
            "files (hidden entries skipped; `include`/`exclude` in .xenlint.toml change this);",
            "files named explicitly are always checked. Settings come from the nearest",
            ".xenlint.toml above each file (up to the repository root), or from --config."},
        footer = {"", "Exit status: 0 no finding at or above the --severity threshold, 1 findings,",
            "2 usage, configuration or I/O error."})
final class CheckCommand implements Callable<Integer> {

    enum OutputFormat { text, json }

    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Files or directories to check; '-' reads standard input.")
    List<String> paths;

    @CommandLine.Mixin
    ConfigOptions configOptions;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--color", defaultValue = "auto", paramLabel = "auto|always|never",
            description = "Colour text output (default: ${DEFAULT-VALUE}: when writing to a terminal and "
                    + "NO_COLOR is not set).")
    ColorChoice color;

    @Option(names = "--select", split = ",", paramLabel = "RULE",
            description = "Run only these rules: codes (XC101), names (unknown-key), code prefixes (XC1) "
                    + "or ALL. Replaces `select` of .xenlint.toml.")
    List<String> select;

    @Option(names = "--ignore", split = ",", paramLabel = "RULE",
            description = "Do not run these rules (codes, names or prefixes); added to `ignore` of .xenlint.toml.")
    List<String> ignore;

    @Option(names = "--severity", defaultValue = "warning", paramLabel = "error|warning|info",
            description = "Failure threshold: exit 1 only for findings at or above it (default: ${DEFAULT-VALUE}).")
    String severity;

    @Option(names = "--exit-zero", description = "Exit 0 even when problems are found.")
    boolean exitZero;

    @Option(names = "--statistics", description = "Print how often each rule fired instead of each finding.")
    boolean statistics;

    @Option(names = "--stdin-filename", paramLabel = "PATH",
            description = "Name for the file read from '-', used in output and to find its .xenlint.toml.")
    String stdinFilename;

    @Option(names = "--fix", description = "Apply safe fixes and write the files; then report what remains. "
            + "With '-', print the fixed text instead.")
    boolean fix;

    @Option(names = "--unsafe-fixes", description = "With --fix or --diff, also apply fixes that change behaviour.")
    boolean unsafeFixes;

    @Option(names = "--force-write", description = "Also write files that are read-only (no write permission for "
            + "their owner); without it xenlint refuses, even when run as root.")
    boolean forceWrite;

    @Option(names = "--diff", description = "Print a unified diff of what --fix would change and write nothing; "
            + "exit 1 when something would change.")
    boolean diff;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Severity threshold = Severity.parse(severity);
        if (threshold == null) {
            err.println("xenlint: --severity must be error, warning or info, not `" + severity + "`");
            return Main.EXIT_ERROR;
        }
        for (String s : concat(select, ignore)) {
            if (!RuleSelection.isKnown(s)) {
                err.println("xenlint: `" + s + "` matches no rule; `xenlint rules` lists them");
                return Main.EXIT_ERROR;
            }
        }
        ConfigResolver configs;
        try {
            configs = configOptions.resolver();
        } catch (ConfigException e) {
            err.println("xenlint: " + e.getMessage());
            return Main.EXIT_ERROR;
        }
        List<String> problems = new ArrayList<>();
        List<String> files = Inputs.expand(paths, configs, problems);
        TextEmitter text = new TextEmitter(out, color.enabled());
        JsonEmitter json = new JsonEmitter();
        Map<String, int[]> counts = new TreeMap<>();
        int[] bySeverity = new int[Severity.values().length];
        int fixable = 0;
        int checked = 0;
        int changedFiles = 0;
        int fixed = 0;
        String fixedStdin = null;
        byte[] fixedStdinBytes = null;
        boolean failed = false;
        for (String file : files) {
            boolean stdin = file.equals(Inputs.STDIN);
            String name = stdin ? (stdinFilename == null ? "<stdin>" : stdinFilename) : file;
            Path configPath = stdin ? Path.of(stdinFilename == null ? "." : stdinFilename) : Path.of(file);
            LintOptions options;
            try {
                options = options(configs.forPath(configPath), configPath);
            } catch (ConfigException e) {
                problems.add(e.getMessage());
                continue;
            }
            Inputs.Input input = Inputs.read(file, main.in, name);
            if (input.error() != null) {
                problems.add(input.error());
                continue;
            }
            checked++;
            Analysis analysis;
            if (fix || diff) {
                Fixer.Result result = Fixer.fix(input.source(), options, unsafeFixes);
                analysis = result.last();
                if (result.capReached()) {
                    problems.add(input.displayName() + ": fixes were still pending after " + Fixer.MAX_PASSES
                            + " passes; run again or fix the rest by hand");
                }
                for (String withheld : result.rolledBack()) {
                    err.println("xenlint: " + input.displayName() + ": did not apply \"" + withheld
                            + "\": it would have made the file unreadable");
                }
                for (String withheld : result.dialectKept()) {
                    err.println("xenlint: " + input.displayName() + ": did not apply \"" + withheld
                            + "\": it would have changed the file's dialect (give --dialect to choose it)");
                }
                if (result.changed(input.source())) {
                    changedFiles++;
                    fixed += result.applied();
                    if (diff) {
                        out.print(UnifiedDiff.of(input.source().text(), result.text(), input.displayName(),
                                input.displayName()));
                        continue;
                    } else if (input.path() == null) {
                        fixedStdin = result.text();
                        fixedStdinBytes = input.source().encode(result.text());
                    } else {
                        try {
                            SafeWriter.write(input.path(), input.bytes(), input.source().encode(result.text()),
                                    forceWrite);
                        } catch (SafeWriter.WriteException e) {
                            problems.add(e.getMessage());
                            continue;
                        }
                    }
                }
                if (diff) {
                    continue;
                }
            } else {
                analysis = Linter.analyze(input.source(), options);
            }
            for (Diagnostic d : analysis.diagnostics()) {
                bySeverity[d.severity().ordinal()]++;
                counts.computeIfAbsent(d.code(), k -> new int[1])[0]++;
                fixable += d.fix() != null && d.fix().applicability() == Fix.Applicability.SAFE ? 1 : 0;
                failed |= d.severity().atLeast(threshold);
                if (statistics) {
                    continue;
                }
                var shown = analysis.source();
                if (format == OutputFormat.json) {
                    json.add(input.displayName(), shown, d);
                } else if (fixedStdin != null && input.path() == null) {
                    new TextEmitter(err, false).emit(input.displayName(), shown, d);
                } else {
                    text.emit(input.displayName(), shown, d);
                }
            }
        }
        if (diff) {
            out.flush();
            problems.forEach(p -> err.println("xenlint: " + p));
            err.flush();
            return !problems.isEmpty() ? Main.EXIT_ERROR : changedFiles > 0 && !exitZero ? Main.EXIT_FINDINGS : 0;
        }
        if (fixedStdin != null) {
            main.writeRaw(out, fixedStdinBytes);
            problems.forEach(p -> err.println("xenlint: " + p));
            err.flush();
            return !problems.isEmpty() ? Main.EXIT_ERROR : failed && !exitZero ? Main.EXIT_FINDINGS : 0;
        }
        if (statistics) {
            counts.entrySet().stream()
                    .sorted((a, b) -> b.getValue()[0] - a.getValue()[0])
                    .forEach(e -> out.printf("%5d  %s  %s%n", e.getValue()[0], e.getKey(), Rules.byCode(e.getKey()).name()));
        } else if (format == OutputFormat.json) {
            out.println(json.render());
        }
        if (format == OutputFormat.text && fix) {
            out.println("Fixed " + fixed + " problem" + (fixed == 1 ? "" : "s") + " in " + changedFiles + " file"
                    + (changedFiles == 1 ? "" : "s") + ".");
        }
        if (format == OutputFormat.text) {
            text.summary(bySeverity[Severity.ERROR.ordinal()], bySeverity[Severity.WARNING.ordinal()],
                    bySeverity[Severity.INFO.ordinal()], checked, fixable);
        }
        out.flush();
        for (String e : problems) {
            err.println("xenlint: " + e);
        }
        err.flush();
        if (!problems.isEmpty()) {
            return Main.EXIT_ERROR;
        }
        return failed && !exitZero ? Main.EXIT_FINDINGS : 0;
    }

    private LintOptions options(ProjectConfig cfg, Path file) throws ConfigException {
        RuleSelection base = cfg.selectionFor(file);
        RuleSelection selection = new RuleSelection(select != null ? select : base.select(),
                concat(base.ignore(), ignore), base.severities());
        return new LintOptions(configOptions.dialectFor(cfg), selection, configOptions.xenVersionFor(cfg));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>();
        if (a != null) {
            out.addAll(a);
        }
        if (b != null) {
            out.addAll(b);
        }
        return out;
    }
}
