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

/**
 * xm HVM configs named hvmloader as the kernel. xl 4.0 and 4.1 load it as the
 * HVM loader; xl 4.2 to 4.4 ignore any HVM {@code kernel} (0cb2a57421); from
 * 4.5 xl boots an HVM {@code kernel} directly (11dffa2359) and drops only hvmloader.
 */
public final class HvmloaderKernel extends Rule {

    public HvmloaderKernel() {
        super(RuleInfo.of("XC206", "hvmloader-kernel", Severity.WARNING, RuleInfo.XL, RuleInfo.HVM,
                RuleInfo.Fixability.SAFE));
    }

    @Override
    public void check(RuleContext ctx) {
        Setting kernel = ctx.model().setting("kernel");
        if (kernel == null || ctx.xenVersion().before(4, 2)) {
            return; // xl 4.0 and 4.1 take an HVM kernel as the loader to run
        }
        boolean ignoresAll = ctx.xenVersion().before(4, 5);
        for (Assignment a : kernel.assignments()) {
            if (!(a.value() instanceof Value.Str s)) {
                continue;
            }
            Fix fix = new Fix("remove the kernel line", List.of(Checks.removeStatement(ctx.source(), a)),
                    Fix.Applicability.SAFE);
            if (s.value().equals("hvmloader") || s.value().endsWith("/hvmloader")) {
                ctx.report(s.range(), "xl does not take hvmloader as the kernel of an HVM guest: it warns, drops the "
                        + "value and uses its own firmware. Remove this line (`firmware_override` sets other firmware)",
                        fix);
            } else if (ignoresAll) {
                ctx.report(s.range(), "xl " + ctx.xenVersion() + " ignores `kernel` for an HVM guest (it warns and "
                        + "boots its own firmware; direct kernel boot of HVM guests arrived in Xen 4.5). Remove this "
                        + "line", fix);
            }
        }
    }
}
