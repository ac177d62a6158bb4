package dev.xenlint.lint.rules;

import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;

/** {@code passthrough = "disabled"} next to devices to pass through. */
public final class PassthroughDisabled extends Rule {

    public PassthroughDisabled() {
        super(RuleInfo.of("XC608", "passthrough-disabled", Severity.ERROR, RuleInfo.XL, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        var m = ctx.model();
        Setting devices = m.setting("pci") != null ? m.setting("pci") : m.setting("dtdev");
        // libxl_create.c:1156-1175: only a non-empty device list conflicts; the mode is read with
        // libxl_passthrough_from_string, which ignores case
        if (devices == null || noneListed(devices)) {
            return;
        }
        for (Value.Str mode : m.strings("passthrough")) {
            if (mode.value().equalsIgnoreCase("disabled")) {
                ctx.report(mode.range(), "`passthrough = \"disabled\"` forbids the devices in `" + devices.key()
                        + "`; xl refuses the domain. Remove the line to let xl choose", null,
                        new RelatedLocation(Checks.keyRange(devices), devices.key() + " set here"));
            }
        }
    }

    /** Whether every candidate value is an empty list (a loop, not a stream: see StartupPathTest). */
    private static boolean noneListed(dev.xenlint.model.Setting devices) {
        for (Value v : devices.candidates()) {
            if (!(v instanceof Value.ListValue l && l.items().isEmpty())) {
                return false;
            }
        }
        return true;
    }

}
