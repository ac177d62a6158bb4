package dev.xenlint.lint.rules;

import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Assignment;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;
import java.util.List;

/** xm HVM configs named hvmloader as the kernel; xl warns and drops it. */
public final class HvmloaderKernel extends Rule {

    public HvmloaderKernel() {
        super(RuleInfo.of("XC206", "hvmloader-kernel", Severity.WARNING, RuleInfo.XL, RuleInfo.HVM,
                RuleInfo.Fixability.SAFE));
    }

    @Override
    public void check(RuleContext ctx) {
        Setting kernel = ctx.model().setting("kernel");
        if (kernel == null) {
            return;
        }
        for (Assignment a : kernel.assignments()) {
            if (a.value() instanceof Value.Str s && (s.value().equals("hvmloader") || s.value().endsWith("/hvmloader"))) {
                ctx.report(s.range(), "xl does not take hvmloader as the kernel of an HVM guest: it warns, drops the "
                        + "value and uses its own firmware. Remove this line (`firmware_override` sets other firmware)",
                        new Fix("remove the kernel line", List.of(Checks.removeStatement(ctx.source(), a)),
                                Fix.Applicability.SAFE));
            }
        }
    }
}
