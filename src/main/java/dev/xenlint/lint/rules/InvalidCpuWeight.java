package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.Value;

/** Scheduler weight outside 1..65535, or a cap outside 0..100 per vCPU the domain may have (-1 is xl's default). */
public final class InvalidCpuWeight extends Rule {

    public InvalidCpuWeight() {
        super(RuleInfo.of("XC303", "invalid-cpu-weight", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        var m = ctx.model();
        boolean xl = ctx.dialect() == Dialect.XL;
        for (Value.Int w : m.integers("cpu_weight")) {
            if (xl && w.value() == -1) {
                continue; // LIBXL_DOMAIN_SCHED_PARAM_WEIGHT_DEFAULT
            }
            if (w.value() < 1 || w.value() > 65535) {
                ctx.report(w.range(), "`cpu_weight` must be between 1 and 65535 (default 256); the scheduler refuses "
                        + w.value());
            }
        }
        String capKey = ctx.dialect() == Dialect.XM ? "cpu_cap" : "cap";
        // the bound is per vCPU the domain can have: maxvcpus when set (libxl: max_vcpu_id + 1; xend: VCPUs_max)
        String countKey = m.setting("maxvcpus") != null ? "maxvcpus" : "vcpus";
        Value.Int vcpus = Checks.integer(m, countKey);
        long vcpuCount = vcpus == null ? 1 : Math.max(1, vcpus.value());
        for (Value.Int cap : m.integers(capKey)) {
            if (xl && cap.value() == -1) {
                continue; // LIBXL_DOMAIN_SCHED_PARAM_CAP_DEFAULT
            }
            if (cap.value() < 0 || (vcpus != null || m.setting(countKey) == null) && cap.value() > 100 * vcpuCount) {
                ctx.report(cap.range(), "`" + capKey + "` is a percentage of one CPU and must be between 0 and "
                        + (100 * vcpuCount) + " for " + vcpuCount + " vCPU" + (vcpuCount == 1 ? "" : "s")
                        + (countKey.equals("maxvcpus") ? " (maxvcpus)" : "")
                        + "; the scheduler refuses " + cap.value());
            }
        }
    }
}
