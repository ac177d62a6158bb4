package dev.xenlint.lint.rules;

import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Assignment;
import dev.xenlint.model.Setting;
import java.util.List;

/** xl ignores xm's {@code device_model} with a warning. */
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
        for (Assignment a : dm.assignments()) {
            ctx.report(a.keyRange(), "xl ignores `device_model` (an xm key) and starts its own device model; remove "
                    + "the line, or use `device_model_override` if a different binary is really needed",
                    new Fix("remove the device_model line", List.of(Checks.removeStatement(ctx.source(), a)),
                            Fix.Applicability.SAFE));
        }
    }
}
