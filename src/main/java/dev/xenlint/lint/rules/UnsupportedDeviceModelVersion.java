package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Value;

/** Current xl only runs qemu-xen; the traditional device model is gone. */
public final class UnsupportedDeviceModelVersion extends Rule {

    public UnsupportedDeviceModelVersion() {
        super(RuleInfo.of("XC211", "unsupported-device-model-version", Severity.ERROR, RuleInfo.XL,
                RuleInfo.ANY_GUEST, RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Value.Str v : ctx.model().strings("device_model_version")) {
            if (!v.value().equals("qemu-xen")) {
                ctx.report(v.range(), "xl supports only `device_model_version = \"qemu-xen\"` and refuses `"
                        + v.value() + "`");
            }
        }
    }
}
