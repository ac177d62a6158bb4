package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;

/** Text neither toolstack can read. Reported by the parser; this class carries the rule's identity. */
public final class SyntaxErrorRule extends Rule {

    public static final String CODE = "XC001";

    public SyntaxErrorRule() {
        super(RuleInfo.of(CODE, "syntax-error", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.SAFE));
    }

    @Override
    public void check(RuleContext ctx) {
        // the linter reports the parser's errors under this rule
    }
}
