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
import java.nio.file.Files;
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
    static Function<String, String> environment = new Function<>() { // a class, not System::getenv: see StartupPathTest
        @Override
        public String apply(String name) {
            return System.getenv(name);
        }
    };

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
            "Directories are walked for domain configurations: *.cfg, *.conf, *.xl, *.xm, *.hvm, *.pv and "
                    + "extension-less files whose content is one; not xl.conf, xend-*.sxp, cpupool files, scripts/, "
                    + "backups (*~ *.bak *.orig *.rpmnew *.rpmsave *.dpkg-* #*#) or hidden entries; each file once "
                    + "(auto/ links). `include`/`exclude` in .xenlint.toml rule over this; --verbose says what was "
                    + "skipped. Files named explicitly are always checked.",
            "",
            "Settings come from the nearest .xenlint.toml above each file (up to the repository root), or from "
                    + "--config."},
            "", "Exit status: 0 no finding at or above the --severity threshold, 1 findings, 2 usage, "
                    + "configuration or I/O error.");
        // twenty options: listed below; in full the synopsis ran to seven lines, broken inside [--ignore=RULE[,RULE...]]
        spec.usageMessage().abbreviateSynopsis(true);
        spec.addPositional(Specs.parameters("PATH", "1..*",
                "Files or directories to check; '-' reads standard input.", v -> paths = v));
        configOptions.addTo(spec);
        spec.addOption(Specs.option("--format", OutputFormat.class, "FORMAT",
                "Output format: text, json, sarif, checkstyle, gcc, github, gitlab, junit or concise "
                        + "(default: ${DEFAULT-VALUE}).", v -> format = v).defaultValue("text").build());
        spec.addOption(Specs.option("--output", Path.class, "FILE",
                "Write the report to FILE (through a temporary file and a rename) instead of standard "
                        + "output, also when nothing is found (- means standard output); the exit status is unchanged.",
                v -> output = v == null || "-".equals(v.toString()) ? null : v).build());
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

    /** Standard error and output of the run (picocli's writers, or those {@link Main} made without it). */
    private PrintWriter stderr;
    private PrintWriter stdoutWriter;

    /**
     * Reads {@code args[from..]} as picocli would when they are all of the plain forms ({@link PlainArgs}):
     * paths, the flags, and --color, --format, --severity, --dialect, --xen-version, --stdin-filename,
     * --threads, --select, --ignore, --config and --output. Anything else, or a value picocli would refuse or
     * convert otherwise, returns false with nothing set, and the run goes to picocli.
     */
    boolean parsePlain(String[] args, int from) {
        PlainArgs a = PlainArgs.read(args, from, PLAIN_FLAGS, PLAIN_VALUES);
        if (a == null) {
            return false;
        }
        String[] v = a.values;
        OutputFormat formatValue = v[0] == null ? OutputFormat.text : PlainArgs.named(OutputFormat.values(), v[0]);
        ColorChoice colorValue = v[1] == null ? ColorChoice.auto : PlainArgs.named(ColorChoice.values(), v[1]);
        DialectChoice dialectValue = v[2] == null ? null : PlainArgs.named(DialectChoice.values(), v[2]);
        if (formatValue == null || colorValue == null || (v[2] != null && dialectValue == null)) {
            return false;
        }
        Integer threadsValue = null;
        if (v[6] != null) {
            if (v[6].length() > 9) {
                return false;
            }
            for (int c = 0; c < v[6].length(); c++) {
                if (v[6].charAt(c) < '0' || v[6].charAt(c) > '9') {
                    return false;
                }
            }
            threadsValue = Integer.parseInt(v[6]);
        }
        List<String> selectValue = PlainArgs.commaList(v[7]);
        List<String> ignoreValue = PlainArgs.commaList(v[8]);
        java.nio.file.Path configValue = PlainArgs.path(v[9]);
        java.nio.file.Path outputValue = PlainArgs.path(v[10]);
        if ((v[7] != null && selectValue == null) || (v[8] != null && ignoreValue == null)
                || (v[9] != null && configValue == null) || (v[10] != null && outputValue == null)) {
            return false;
        }
        output = outputValue; // never "-" here: a value starting with '-' is picocli's
        paths = a.paths;
        select = selectValue;
        ignore = ignoreValue;
        configOptions.config = configValue;
        format = formatValue;
        color = colorValue;
        configOptions.dialect = dialectValue;
        severity = v[3] == null ? "warning" : v[3];
        configOptions.xenVersion = v[4];
        stdinFilename = v[5];
        threads = threadsValue;
        boolean[] flags = a.flags;
        exitZero = flags[0];
        statistics = flags[1];
        fix = flags[2];
        unsafeFixes = flags[3];
        forceWrite = flags[4];
        verbose = flags[5];
        diff = flags[6];
        return true;
    }

    private static final String[] PLAIN_FLAGS = {"--exit-zero", "--statistics", "--fix", "--unsafe-fixes",
        "--force-write", "--verbose", "--diff"};
    private static final String[] PLAIN_VALUES = {"--format", "--color", "--dialect", "--severity",
        "--xen-version", "--stdin-filename", "--threads", "--select", "--ignore", "--config", "--output"};

    @Override
    public Integer call() {
        return call(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Runs the check with the given standard output and error. */
    int call(PrintWriter stdoutWriter, PrintWriter stderr) {
        this.stdoutWriter = stdoutWriter;
        this.stderr = stderr;
        Trace.mark("check: arguments parsed");
        PrintWriter err = stderr;
        // --output: the report is kept as bytes, a diff's lines in their file's own encoding (UTF-8 otherwise)
        java.io.ByteArrayOutputStream report = output == null ? null : new java.io.ByteArrayOutputStream();
        PrintWriter out = report == null ? stdoutWriter : dev.xenlint.output.Utf8Writer.utf8(report, false);
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
        int stdinCount = 0;
        for (String p : paths) {
            if (Inputs.STDIN.equals(p)) {
                stdinCount++;
            }
        }
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
        String clash = inputAt(output, workspace);
        if (clash != null) {
            err.println("xenlint: --output " + output + " is one of the files to check (" + clash
                    + "); the report would replace it. Name another file");
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
        PrintWriter stdout = stdoutWriter;
        CheckRequest request = CheckRequest.defaults()
                .withFix(fix ? CheckRequest.FixMode.FIX : diff ? CheckRequest.FixMode.DIFF : CheckRequest.FixMode.NONE,
                        unsafeFixes)
                .withThreshold(threshold)
                .withForceWrite(forceWrite)
                .withThreads(threads == null ? Runtime.getRuntime().availableProcessors() : threads)
                .withCrossFileChecks(List.of(new dev.xenlint.fleet.FleetCheck()))
                .withStdin(main.in, stdinFilename, new java.util.function.Consumer<byte[]>() {
                    @Override
                    public void accept(byte[] bytes) {
                        main.writeRaw(stdout, bytes);
                    }
                });
        RunSummary summary = new Session(workspace).check(paths, request, reporter, new java.util.function.Consumer<dev.xenlint.workspace.Discovery.Skipped>() {
            @Override
            public void accept(dev.xenlint.workspace.Discovery.Skipped skipped) {
                if (verbose) {
                    err.println("xenlint: skipped " + skipped.path() + ": " + skipped.reason());
                }
            }
        });
        out.flush();
        Trace.mark("check: reported");
        List<String> problems = new ArrayList<>(summary.problems());
        writeReport(report, problems);
        for (String n : summary.notices()) {
            err.println("xenlint: " + n);
        }
        for (String p : problems) {
            err.println("xenlint: " + p);
        }
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
        PrintWriter err = stderr;
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

    /**
     * The file to check that {@code output} is (the same file, through links), or null: a report written
     * over it would replace a configuration. Only an existing regular file can be one, so only then are the
     * inputs listed (a second time).
     */
    private String inputAt(Path output, Workspace workspace) {
        if (output == null || !Files.isRegularFile(output)) {
            return null;
        }
        List<String> ignoredErrors = new ArrayList<>();
        for (String f : dev.xenlint.workspace.Discovery.expand(paths, workspace, ignoredErrors,
                new java.util.function.Consumer<dev.xenlint.workspace.Discovery.Skipped>() {
                    @Override
                    public void accept(dev.xenlint.workspace.Discovery.Skipped skipped) {
                    }
                })) {
            try {
                if (!f.equals(Inputs.STDIN) && Files.isSameFile(Path.of(f), output)) {
                    return f;
                }
            } catch (java.io.IOException e) {
                // unreadable: the check reports it; it is not the report's file
            }
        }
        return null;
    }

    /** With --output, writes what the run reported to the file; a failure joins the run's problems. */
    private void writeReport(java.io.ByteArrayOutputStream report, List<String> problems) {
        if (report == null) {
            return;
        }
        try {
            ReportFile.write(output, report.toByteArray());
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
