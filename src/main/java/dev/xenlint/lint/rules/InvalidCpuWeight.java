package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.Value;

/** Scheduler weight outside 1..65535, or a cap outside 0..100 per vCPU. */
public final class InvalidCpuWeight extends Rule {

    public InvalidCpuWeight() {
        super(RuleInfo.of("XC303", "invalid-cpu-weight", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        var m = ctx.model();
        for (Value.Int w : m.integers("cpu_weight")) {
            if (w.value() < 1 || w.value() > 65535) {
                ctx.report(w.range(), "`cpu_weight` must be between 1 and 65535 (default 256); the scheduler refuses "
                        + w.value());
            }
        }
        String capKey = ctx.dialect() == Dialect.XM ? "cpu_cap" : "cap";
        Value.Int vcpus = Checks.integer(m, "vcpus");
        long vcpuCount = vcpus == null ? 1 : Math.max(1, vcpus.value());
        for (Value.Int cap : m.integers(capKey)) {
            if (cap.value() < 0 || (vcpus != null || m.setting("vcpus") == null) && cap.value() > 100 * vcpuCount) {
                ctx.report(cap.range(), "`" + capKey + "` is a percentage of one CPU and must be between 0 and "
                        + (100 * vcpuCount) + " for " + vcpuCount + " vCPU" + (vcpuCount == 1 ? "" : "s")
                        + "; the scheduler refuses " + cap.value());
            }
        }
    }
}
