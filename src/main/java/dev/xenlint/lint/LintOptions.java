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

    /** Only the parser's findings: what format and convert need to know before they touch a file. */
    public static LintOptions syntaxOnly(Dialect dialect) {
        return new LintOptions(dialect, new RuleSelection(java.util.List.of("syntax-error"), java.util.List.of(),
                java.util.Map.of()));
    }
}
