package dev.xenlint.lint.rules;

import dev.xenlint.lint.CrossFileRule;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;

/** Two guests with one UUID (compared across the files of a run). */
public final class DuplicateGuestUuid extends CrossFileRule {

    /** What the rule is; the fleet's {@code Resource} it checks refers to it. */
    public static final RuleInfo INFO = RuleInfo.of("XC802", "duplicate-guest-uuid",
            Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
            RuleInfo.Fixability.NONE);

    public DuplicateGuestUuid() {
        super(INFO);
    }
}
