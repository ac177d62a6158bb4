package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;

/** A suppression comment that suppresses nothing. Reported by the linter after all other rules ran. */
public final class UnusedSuppressionRule extends Rule {

    public static final String CODE = "XC003";

    public UnusedSuppressionRule() {
        super(RuleInfo.of(CODE, "unused-suppression", Severity.WARNING, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        // the linter reports unused suppressions once every other rule has run
    }
}
