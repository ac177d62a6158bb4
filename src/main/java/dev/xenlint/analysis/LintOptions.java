package dev.xenlint.analysis;

import dev.xenlint.model.Dialect;
import dev.xenlint.model.XenVersion;

/**
 * How to lint one file.
 *
 * @param dialect    the dialect to assume, or null to detect it
 * @param selection  which rules run, at what severity
 * @param xenVersion the Xen release the file targets, or null for the dialect's
 *                   default ({@link XenVersion#defaultFor})
 * @param dialectBy  where {@code dialect} was given, as the model's dialect reason says it after
 *                   "set by" (a configuration file's line); null for the command line's {@code --dialect}
 */
public record LintOptions(Dialect dialect, RuleSelection selection, XenVersion xenVersion, String dialectBy) {

    public LintOptions(Dialect dialect, RuleSelection selection, XenVersion xenVersion) {
        this(dialect, selection, xenVersion, null);
    }

    public static final LintOptions DEFAULT = new LintOptions(null, RuleSelection.DEFAULT);

    public LintOptions(Dialect dialect, RuleSelection selection) {
        this(dialect, selection, null);
    }

    public static LintOptions dialect(Dialect dialect) {
        return new LintOptions(dialect, RuleSelection.DEFAULT);
    }

    /** The same options targeting another Xen release (null: the dialect's default). */
    public LintOptions withXenVersion(XenVersion version) {
        return new LintOptions(dialect, selection, version, dialectBy);
    }

    /** The release a file of this dialect targets: the configured one, else the dialect's default. */
    public XenVersion xenVersionFor(Dialect fileDialect) {
        return xenVersion != null ? xenVersion : XenVersion.defaultFor(fileDialect);
    }

    /** Only the parser's findings: what format and convert need to know before they touch a file. */
    public static LintOptions syntaxOnly(Dialect dialect) {
        return new LintOptions(dialect, new RuleSelection(java.util.List.of("syntax-error"), java.util.List.of(),
                java.util.Map.of()));
    }
}
