package dev.xenlint.lint.rules;

import dev.xenlint.lint.CrossFileRule;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;

/** One SPICE port used by two guests (compared across the files of a run). */
public final class SharedSpicePort extends CrossFileRule {

    /** What the rule is; the fleet's {@code Resource} it checks refers to it. */
    public static final RuleInfo INFO = RuleInfo.of("XC806", "shared-spice-port",
            Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
            RuleInfo.Fixability.NONE);

    public SharedSpicePort() {
        super(INFO);
    }
}
