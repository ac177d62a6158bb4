package dev.xenlint.lint.rules;

import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Assignment;
import dev.xenlint.model.GuestType;
import dev.xenlint.model.Setting;
import java.util.List;

/**
 * xl ignores xm's {@code device_model}: from Xen 4.2 with a warning (commit
 * f0adb65d3a); before 4.2 it ran that binary for an HVM guest and ignored the
 * key for a PV one.
 */
public final class DeviceModelIgnored extends Rule {

    public DeviceModelIgnored() {
        super(RuleInfo.of("XC208", "device-model-ignored", Severity.WARNING, RuleInfo.XL, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.SAFE));
    }

    @Override
    public void check(RuleContext ctx) {
        Setting dm = ctx.model().setting("device_model");
        if (dm == null) {
            return;
        }
        String message;
        if (ctx.xenVersion().atLeast(4, 2)) {
            message = "xl ignores `device_model` (an xm key) with a warning and starts its own device model; remove "
                    + "the line, or use `device_model_override` if a different binary is really needed";
        } else if (ctx.mayBe(GuestType.HVM)) {
            return; // xl 4.0 and 4.1 run this binary as the HVM guest's device model
        } else {
            message = "xl " + ctx.xenVersion() + " reads `device_model` only for HVM guests and ignores it for this "
                    + ctx.model().guest().type().id().toUpperCase(java.util.Locale.ROOT) + " guest; remove the line";
        }
        for (Assignment a : dm.assignments()) {
            ctx.report(a.keyRange(), message, new Fix("remove the device_model line",
                    List.of(Checks.removeStatement(ctx.source(), a)), Fix.Applicability.SAFE));
        }
    }
}
