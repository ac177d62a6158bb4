package dev.xenlint.cli;

import dev.xenlint.analysis.RuleSelection;
import dev.xenlint.config.ConfigException;
import dev.xenlint.engine.CheckRequest;
import dev.xenlint.engine.Inputs;
import dev.xenlint.engine.Reporter;
import dev.xenlint.engine.RunSummary;
import dev.xenlint.engine.Session;
import dev.xenlint.text.Trace;
import dev.xenlint.lint.Severity;
import dev.xenlint.report.DiffReporter;
import dev.xenlint.report.GithubReporter;
import dev.xenlint.report.JsonReporter;
import dev.xenlint.report.ReportFile;
import dev.xenlint.report.ReportFormat;
import dev.xenlint.report.StatisticsReporter;
import dev.xenlint.report.TeeReporter;
import dev.xenlint.report.TextReporter;
import dev.xenlint.workspace.Overrides;
import dev.xenlint.workspace.Workspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;

/** {@code xenlint check}: report problems. */
final class CheckCommand implements Callable<Integer> {

    enum OutputFormat { text, json, sarif, checkstyle, gcc, github, gitlab, junit, concise }

    /** The environment, replaceable by tests (GITHUB_ACTIONS). */
    static Function<String, String> environment = System::getenv;

    private final Main main;
    private CommandSpec spec;

    List<String> paths;
    final ConfigOptions configOptions = new ConfigOptions();
    OutputFormat format;
    Path output;
    ColorChoice color;
    List<String> select;
    List<String> ignore;
    String severity;
    boolean exitZero;
    boolean statistics;
    String stdinFilename;
    boolean fix;
    boolean unsafeFixes;
    boolean forceWrite;
    boolean verbose;
    boolean diff;
    Integer threads;

    CheckCommand(Main main) {
        this.main = main;
    }

    /** The command's model: its options, bound to the fields above. */
    CommandSpec spec() {
        spec = Specs.command(this, "check", new String[] {
            "Report problems in Xen domain configuration files.",
            "",
            "Directories are walked for domain configurations: *.cfg, *.conf, *.xl, *.xm, *.hvm,",
            "*.pv and extension-less files whose content is one; not xl.conf, xend-*.sxp, cpupool",
            "files, scripts/, backups (*~ *.bak *.orig *.rpmnew *.rpmsave *.dpkg-* #*#) or hidden",
            "entries; each file once (auto/ links). `include`/`exclude` in .xenlint.toml rule over",
            "this; --verbose says what was skipped. Files named explicitly are always checked.",
            "Settings come from the nearest .xenlint.toml above each file (up to the repository",
            "root), or from --config."},
            "", "Exit status: 0 no finding at or above the --severity threshold, 1 findings,",
            "2 usage, configuration or I/O error.");
        spec.addPositional(Specs.parameters("PATH", "1..*",
                "Files or directories to check; '-' reads standard input.", v -> paths = v));
        configOptions.addTo(spec);
        spec.addOption(Specs.option("--format", OutputFormat.class, "FORMAT",
                "Output format: text, json, sarif, checkstyle, gcc, github, gitlab, junit or concise "
                        + "(default: ${DEFAULT-VALUE}).", v -> format = v).defaultValue("text").build());
        spec.addOption(Specs.option("--output", Path.class, "FILE",
                "Write the report to FILE (through a temporary file and a rename) instead of standard "
                        + "output, also when nothing is found; the exit status is unchanged.", v -> output = v).build());
        spec.addOption(Specs.option("--color", ColorChoice.class, "auto|always|never",
                "Colour text output (default: ${DEFAULT-VALUE}: when writing to a terminal and "
                        + "NO_COLOR is not set).", v -> color = v).defaultValue("auto").build());
        spec.addOption(Specs.commaList("--select", "RULE",
                "Run only these rules: codes (XC101), names (unknown-key), code prefixes (XC1) "
                        + "or ALL. Replaces `select` of .xenlint.toml.", v -> select = v));
        spec.addOption(Specs.commaList("--ignore", "RULE",
                "Do not run these rules (codes, names or prefixes); added to `ignore` of .xenlint.toml.",
                v -> ignore = v));
        spec.addOption(Specs.option("--severity", String.class, "error|warning|info",
                "Failure threshold: exit 1 only for findings at or above it (default: ${DEFAULT-VALUE}).",
                v -> severity = v).defaultValue("warning").build());
        spec.addOption(Specs.flag("--exit-zero", "Exit 0 even when problems are found.", v -> exitZero = v));
        spec.addOption(Specs.flag("--statistics", "Print how often each rule fired instead of each finding.",
                v -> statistics = v));
        spec.addOption(Specs.option("--stdin-filename", String.class, "PATH",
                "Name for the file read from '-', used in output and to find its .xenlint.toml.",
                v -> stdinFilename = v).build());
        spec.addOption(Specs.flag("--fix", "Apply safe fixes and write the files; then report what remains. "
                + "With '-', print the fixed text instead.", v -> fix = v));
        spec.addOption(Specs.flag("--unsafe-fixes", "With --fix or --diff, also apply fixes that change behaviour.",
                v -> unsafeFixes = v));
        spec.addOption(Specs.flag("--force-write", "Also write files that are read-only (no write permission for "
                + "their owner); without it xenlint refuses, even when run as root.", v -> forceWrite = v));
        spec.addOption(Specs.flag(new String[] {"-v", "--verbose"}, "Say on standard error which files directory "
                + "walks left out, and why.", v -> verbose = v));
        spec.addOption(Specs.flag("--diff", "Print a unified diff of what --fix would change and write nothing; "
                + "exit 1 when something would change.", v -> diff = v));
        spec.addOption(Specs.option("--threads", Integer.class, "N", "Check N files at once (default: one per "
                + "processor); the report is the same for any N.", v -> threads = v).build());
        return spec;
    }

    @Override
    public Integer call() {
        Trace.mark("check: arguments parsed");
        PrintWriter err = spec.commandLine().getErr();
        java.io.StringWriter report = output == null ? null : new java.io.StringWriter();
        PrintWriter out = report == null ? spec.commandLine().getOut() : new PrintWriter(report);
        Severity threshold = Severity.parse(severity);
        if (threshold == null) {
            return usage("--severity must be error, warning or info, not `" + severity + "`");
        }
        for (String s : concat(select, ignore)) {
            if (!RuleSelection.isKnown(s)) {
                err.println("xenlint: `" + s + "` matches no rule; `xenlint rules` lists them");
                return Main.EXIT_ERROR;
            }
        }
        if (threads != null && threads < 1) {
            return usage("--threads must be a whole number from 1, not `" + threads + "`");
        }
        if (fix && diff) {
            return usage("--fix and --diff exclude each other: --diff shows what --fix would write");
        }
        if (unsafeFixes && !fix && !diff) {
            return usage("--unsafe-fixes only applies with --fix or --diff");
        }
        long stdinCount = paths.stream().filter(Inputs.STDIN::equals).count();
        if (stdinCount > 1) {
            return usage("'-' (standard input) can be given only once");
        }
        boolean stdinFixed = fix && stdinCount == 1;
        Workspace workspace;
        try {
            workspace = configOptions.workspace(new Overrides(null, select, ignore));
        } catch (ConfigException e) {
            err.println("xenlint: " + e.getMessage());
            return Main.EXIT_ERROR;
        }
        // with --fix on standard input the fixed text owns standard output; the report goes to standard error
        PrintWriter reportTo = stdinFixed && report == null ? err : out;
        Path workingDirectory = Path.of("").toAbsolutePath();
        ReportFormat ciFormat = ReportFormat.parse(format.name());
        Reporter reporter;
        if (diff) {
            reporter = new DiffReporter(out);
        } else if (statistics) {
            reporter = new StatisticsReporter(reportTo, format == OutputFormat.text, fix);
        } else if (ciFormat != null) {
            reporter = ciFormat.create(reportTo, workingDirectory);
        } else if (format == OutputFormat.json) {
            reporter = new JsonReporter(reportTo);
        } else {
            reporter = new TextReporter(reportTo, report == null && reportTo != err && color.enabled(), fix);
            if (ReportFormat.githubAnnotations(environment)) {
                // inside GitHub Actions, text output is joined by annotations
                reporter = new TeeReporter(reporter, new GithubReporter(reportTo, workingDirectory));
            }
        }
        Trace.mark("check: settings and reporter");
        PrintWriter stdout = spec.commandLine().getOut();
        CheckRequest request = CheckRequest.defaults()
                .withFix(fix ? CheckRequest.FixMode.FIX : diff ? CheckRequest.FixMode.DIFF : CheckRequest.FixMode.NONE,
                        unsafeFixes)
                .withThreshold(threshold)
                .withForceWrite(forceWrite)
                .withThreads(threads == null ? Runtime.getRuntime().availableProcessors() : threads)
                .withCrossFileChecks(List.of(new dev.xenlint.fleet.FleetCheck()))
                .withStdin(main.in, stdinFilename, bytes -> main.writeRaw(stdout, bytes));
        RunSummary summary = new Session(workspace).check(paths, request, reporter, skipped -> {
            if (verbose) {
                err.println("xenlint: skipped " + skipped.path() + ": " + skipped.reason());
            }
        });
        out.flush();
        Trace.mark("check: reported");
        List<String> problems = new ArrayList<>(summary.problems());
        writeReport(report, problems);
        summary.notices().forEach(n -> err.println("xenlint: " + n));
        problems.forEach(p -> err.println("xenlint: " + p));
        err.flush();
        if (!problems.isEmpty()) {
            return Main.EXIT_ERROR;
        }
        if (diff) {
            return summary.fixedFiles() > 0 && !exitZero ? Main.EXIT_FINDINGS : 0;
        }
        return summary.failed() && !exitZero ? Main.EXIT_FINDINGS : 0;
    }

    private int usage(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("xenlint: " + message);
        err.println("Run 'xenlint check --help' for usage.");
        return Main.EXIT_ERROR;
    }

    /** A rule that threw is a bug in xenlint: reported as an internal error (exit 2), never as a finding. */
    static void internalErrors(String file, dev.xenlint.analysis.Analysis analysis, List<String> problems) {
        for (dev.xenlint.analysis.RuleFailure f : analysis.ruleFailures()) {
            problems.add("internal error: " + f.describe() + " on " + file + "; please report it");
        }
    }

    /** With --output, writes what the run reported to the file; a failure joins the run's problems. */
    private void writeReport(java.io.StringWriter report, List<String> problems) {
        if (report == null) {
            return;
        }
        try {
            ReportFile.write(output, report.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            problems.add(e.getMessage());
        }
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
