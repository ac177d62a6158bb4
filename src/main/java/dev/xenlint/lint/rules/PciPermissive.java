package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Field;
import dev.xenlint.model.Numbers;
import dev.xenlint.model.PciSpec;
import dev.xenlint.model.Value;

/** PCI passthrough in permissive mode: the guest may write any config-space register of the device. */
public final class PciPermissive extends Rule {

    public PciPermissive() {
        super(RuleInfo.of("XC620", "pci-permissive", Severity.INFO, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    private static final String WHY = "the guest may then write any PCI configuration register of the device, "
            + "which pciback otherwise filters; a device that misbehaves on such writes (or its firmware) can hurt "
            + "the host. Use it only for a device known to need it";

    @Override
    public void check(RuleContext ctx) {
        for (Value.Int i : ctx.model().integers("pci_permissive")) {
            if (i.value() != 0) {
                ctx.report(i.range(), "`pci_permissive` makes every passed-through device permissive: " + WHY);
            }
        }
        for (PciSpec p : ctx.model().pci()) {
            Field f = p.options().get("permissive");
            if (f != null && on(f.text(), ctx.isXm())) {
                ctx.report(f.range(), "`permissive=" + f.text() + "`: " + WHY);
            }
        }
    }

    /** xl reads the option with atoi (so `yes` is off, see invalid-pci-spec); xm also took yes/true. */
    private static boolean on(String text, boolean xm) {
        Long n = Numbers.strtol(text);
        String t = text.toLowerCase(java.util.Locale.ROOT);
        return n != null && n != 0 || xm && (t.equals("yes") || t.equals("true"));
    }
}
