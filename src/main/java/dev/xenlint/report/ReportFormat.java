package dev.xenlint.report;

import dev.xenlint.engine.Reporter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/** The report formats for CI systems and editors, by their {@code --format} name. */
public enum ReportFormat {
    SARIF, CHECKSTYLE, GCC, GITHUB, GITLAB, JUNIT, CONCISE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * A reporter of this format.
     *
     * @param root the directory paths are made relative to in formats that need it (SARIF, GitHub,
     *             GitLab): the working directory
     */
    public Reporter create(PrintWriter out, Path root) {
        return switch (this) {
            case SARIF -> new SarifReporter(out, root, ToolVersion.get());
            case CHECKSTYLE -> new CheckstyleReporter(out);
            case GCC -> new GccReporter(out);
            case GITHUB -> new GithubReporter(out, root);
            case GITLAB -> new GitlabReporter(out, root);
            case JUNIT -> new JunitReporter(out);
            case CONCISE -> new ConciseReporter(out);
        };
    }

    /** The format with this name (any case), or null. */
    public static ReportFormat parse(String name) {
        for (ReportFormat f : values()) {
            if (f.id().equalsIgnoreCase(name)) {
                return f;
            }
        }
        return null;
    }

    /**
     * Whether text output should be joined by GitHub annotations: inside a GitHub Actions job
     * ({@code GITHUB_ACTIONS=true}), as yamllint and ruff do, so a plain {@code xenlint check}
     * in a workflow annotates the pull request.
     */
    public static boolean githubAnnotations(Function<String, String> environment) {
        return "true".equals(environment.apply("GITHUB_ACTIONS"));
    }
}
