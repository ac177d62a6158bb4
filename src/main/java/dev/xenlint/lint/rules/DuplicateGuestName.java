package dev.xenlint.lint.rules;

import dev.xenlint.lint.CrossFileRule;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;

/** Two guests with one name (compared across the files of a run). */
public final class DuplicateGuestName extends CrossFileRule {

    /** What the rule is; the fleet's {@code Resource} it checks refers to it. */
    public static final RuleInfo INFO = RuleInfo.of("XC801", "duplicate-guest-name",
            Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
            RuleInfo.Fixability.NONE);

    public DuplicateGuestName() {
        super(INFO);
    }
}
