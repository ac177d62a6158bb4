package dev.xenlint.lint.rules;

import dev.xenlint.lint.CrossFileRule;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;

/** One MAC address on vifs of two guests (compared across the files of a run). */
public final class SharedMacAddress extends CrossFileRule {

    /** What the rule is; the fleet's {@code Resource} it checks refers to it. */
    public static final RuleInfo INFO = RuleInfo.of("XC803", "shared-mac-address",
            Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
            RuleInfo.Fixability.NONE);

    public SharedMacAddress() {
        super(INFO);
    }
}
