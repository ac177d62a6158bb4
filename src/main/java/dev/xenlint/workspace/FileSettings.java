package dev.xenlint.workspace;

import dev.xenlint.analysis.LintOptions;
import dev.xenlint.analysis.RuleSelection;
import dev.xenlint.config.ProjectConfig;
import dev.xenlint.format.Formatter;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.XenVersion;

/**
 * Everything that decides how one file is analysed, resolved from its {@code .xenlint.toml} and
 * the run's {@link Overrides}.
 *
 * @param config        the configuration that applies ({@link ProjectConfig#DEFAULT} when none)
 * @param dialect       the dialect to assume, or null to detect it
 * @param dialectSource where {@code dialect} came from
 * @param selection     which rules run, at what severity (per-file ignores applied)
 * @param format        layout settings for {@code format}
 * @param xenVersion    the Xen release the file targets, or null for its dialect's default
 */
public record FileSettings(ProjectConfig config, Dialect dialect, DialectSource dialectSource,
                           RuleSelection selection, Formatter.Options format, XenVersion xenVersion) {

    /** Where a file's dialect was decided. */
    public enum DialectSource {
        /** {@code --dialect} on the command line (or the editor's equivalent). */
        FLAG,
        /** {@code dialect = ...} in a configuration file. */
        CONFIG,
        /** Detected from the file's content. */
        DETECTED
    }

    /** The options the linter needs. */
    public LintOptions lintOptions() {
        return new LintOptions(dialect, selection, xenVersion, dialectBy());
    }

    /** Only the syntax check, under this file's dialect. */
    public LintOptions syntaxOnly() {
        LintOptions syntax = LintOptions.syntaxOnly(dialect).withXenVersion(xenVersion);
        return new LintOptions(syntax.dialect(), syntax.selection(), syntax.xenVersion(), dialectBy());
    }

    /** Where the dialect was given, for the model's reason: the configuration's line, or null (the flag). */
    private String dialectBy() {
        return dialectSource == DialectSource.CONFIG
                ? "`dialect = \"" + dialect.id() + "\"` in " + config.file() : null;
    }
}
