package dev.xenlint.lint.rules;

import dev.xenlint.lint.CrossFileRule;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;

/** One VNC display asked for by two guests (compared across the files of a run). */
public final class SharedVncDisplay extends CrossFileRule {

    /** What the rule is; the fleet's {@code Resource} it checks refers to it. */
    public static final RuleInfo INFO = RuleInfo.of("XC805", "shared-vnc-display",
            Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
            RuleInfo.Fixability.NONE).withMilder(Severity.WARNING);

    public SharedVncDisplay() {
        super(INFO);
    }
}
