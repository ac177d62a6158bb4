package dev.xenlint.lint;

import dev.xenlint.model.Dialect;

/**
 * How to lint one file.
 *
 * @param dialect   the dialect to assume, or null to detect it
 * @param selection which rules run, at what severity
 */
public record LintOptions(Dialect dialect, RuleSelection selection) {

    public static final LintOptions DEFAULT = new LintOptions(null, RuleSelection.DEFAULT);

    public static LintOptions dialect(Dialect dialect) {
        return new LintOptions(dialect, RuleSelection.DEFAULT);
    }
}
