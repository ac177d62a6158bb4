package dev.xenlint.lint.rules;

import dev.xenlint.lint.CrossFileRule;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;

/** One disk that two guests open, at least one for writing (compared across the files of a run). */
public final class SharedWritableDisk extends CrossFileRule {

    /** What the rule is; the fleet's {@code Resource} it checks refers to it. */
    public static final RuleInfo INFO = RuleInfo.of("XC804", "shared-writable-disk",
            Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
            RuleInfo.Fixability.NONE).withMilder(Severity.WARNING);

    public SharedWritableDisk() {
        super(INFO);
    }
}
