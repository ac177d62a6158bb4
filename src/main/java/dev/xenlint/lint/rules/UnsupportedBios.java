package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Value;

/** {@code bios = "rombios"} needs the old device model; xl with qemu-xen refuses it. */
public final class UnsupportedBios extends Rule {

    public UnsupportedBios() {
        super(RuleInfo.of("XC213", "unsupported-bios", Severity.ERROR, RuleInfo.XL, RuleInfo.HVM,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Value.Str bios : ctx.model().strings("bios")) {
            String v = bios.value().toLowerCase(java.util.Locale.ROOT); // libxl_bios_type_from_string: strcasecmp
            if (v.equals("rombios")) {
                ctx.report(bios.range(), "rombios only worked with the old qemu-xen-traditional device model; xl with "
                        + "qemu-xen refuses it. Use `seabios` (the default) or `ovmf`");
            } else if (!v.equals("seabios") && !v.equals("ovmf")) {
                ctx.report(bios.range(), "`" + bios.value() + "` is not a BIOS xl knows; use `seabios` or `ovmf`");
            }
        }
    }
}
