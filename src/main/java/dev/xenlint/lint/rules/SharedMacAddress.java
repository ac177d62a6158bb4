package dev.xenlint.lint.rules;

import dev.xenlint.lint.CrossFileRule;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;

/** One MAC address on vifs of two guests (compared across the files of a run). */
public final class SharedMacAddress extends CrossFileRule {

    public SharedMacAddress() {
        super(RuleInfo.of("XC803", "shared-mac-address", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }
}
