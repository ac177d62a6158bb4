package dev.xenlint.lint;

/**
 * A rule whose findings come from xenlint itself rather than from a check over the model: the
 * parser's syntax errors, and suppression comments that suppress nothing. It has an identity (code,
 * name, severity, document) like every rule, so it can be selected, ignored and suppressed, but the
 * linter reports its findings from their sources; {@link #check} is never called.
 */
public final class BuiltInRule extends Rule {

    /** Text neither toolstack can read: the parser's errors (and, for xm, Python's indentation errors). */
    public static final BuiltInRule SYNTAX_ERROR = new BuiltInRule(RuleInfo.of("XC001", "syntax-error",
            Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST, RuleInfo.Fixability.SAFE));

    /** A suppression comment that suppresses nothing, found once every other rule has run. */
    public static final BuiltInRule UNUSED_SUPPRESSION = new BuiltInRule(RuleInfo.of("XC003", "unused-suppression",
            Severity.WARNING, RuleInfo.BOTH, RuleInfo.ANY_GUEST, RuleInfo.Fixability.NONE));

    private BuiltInRule(RuleInfo info) {
        super(info);
    }

    @Override
    public void check(RuleContext ctx) {
        throw new IllegalStateException(code() + " is reported by the linter, not checked as a rule");
    }
}
