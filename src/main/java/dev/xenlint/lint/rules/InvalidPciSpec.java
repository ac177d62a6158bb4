package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Field;
import dev.xenlint.model.PciSpec;
import java.util.Map;
import java.util.Set;

/** A PCI passthrough entry the toolstack cannot read. */
public final class InvalidPciSpec extends Rule {

    private static final Set<String> XM_OPTIONS = Set.of("msitranslate", "power_mgmt");
    private static final Set<String> XL_OPTIONS = Set.of("vslot", "permissive", "msitranslate", "seize", "power_mgmt",
            "rdm_policy", "name");

    public InvalidPciSpec() {
        super(RuleInfo.of("XC607", "invalid-pci-spec", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE).withMilder(Severity.WARNING));
    }

    @Override
    public void check(RuleContext ctx) {
        String tool = ctx.dialect().id();
        for (PciSpec p : ctx.model().pci()) {
            if (!p.problems().isEmpty()) {
                var problem = p.problems().get(0);
                ctx.report(problem.range(), problem.message() + "; " + tool + " refuses it");
                continue;
            }
            if (p.address() != null && !checkAddress(ctx, p)) {
                continue;
            }
            if (!ctx.isXm() && p.address() != null && p.options().containsKey("name")) {
                ctx.report(p.options().get("name").range(), "a PCI entry names its device by address or by `name`, "
                        + "not both; xl refuses it");
                continue;
            }
            Set<String> known = ctx.isXm() ? XM_OPTIONS : XL_OPTIONS;
            for (Map.Entry<String, Field> option : p.options().entrySet()) {
                String key = option.getKey();
                String value = option.getValue().text();
                if (!known.contains(key)) {
                    ctx.report(option.getValue().range(), "`" + key + "` is not a PCI option " + tool + " knows; it "
                            + "refuses the entry");
                } else if (ctx.isXm() && !Set.of("0", "1", "yes", "no").contains(value)) {
                    ctx.report(option.getValue().range(), "xm takes 0, 1, yes or no for `" + key + "`, not `" + value
                            + "`");
                } else if (!ctx.isXm() && (value.equals("yes") || value.equals("no"))) {
                    ctx.reportMild(Severity.WARNING, option.getValue().range(), "xl reads `" + key + "` as a number, "
                            + "so `" + value + "` means 0 (off); write 1 or 0", null);
                }
            }
        }
    }

    private static boolean checkAddress(RuleContext ctx, PciSpec p) {
        String tool = ctx.dialect().id();
        Field[] parts = {p.domain(), p.bus(), p.slot(), p.function(), p.vslot()};
        int[] max = {0xffff, 0xff, 0x1f, 7, 0x1f};
        String[] names = {"domain", "bus", "slot", "function", "virtual slot"};
        for (int i = 0; i < parts.length; i++) {
            Field f = parts[i];
            if (f == null) {
                continue;
            }
            if (i == 3 && f.text().equals("*")) {
                continue; // all functions: xm, and xl (libxlu_pci.c:44, vfunc_mask = LIBXL_PCI_FUNC_ALL)
            }
            if (i == 3 && ctx.isXm() && xmFunctionList(f.text())) {
                continue; // xm: a list/range of functions
            }
            int value = hex(f.text());
            if (value < 0 || value > max[i]) {
                ctx.report(f.range(), "PCI " + names[i] + " `" + f.text() + "` is not a hex number up to "
                        + Integer.toHexString(max[i]) + "; " + tool + " refuses the entry");
                return false;
            }
        }
        return true;
    }

    /** xm's function lists: 0-7 joined by - (range), , (list) or = (physical=virtual). */
    private static boolean xmFunctionList(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean digit = c >= '0' && c <= '7';
            if (i % 2 == 0 ? !digit : "-,=".indexOf(c) < 0) {
                return false;
            }
        }
        return s.length() % 2 == 1;
    }

    private static int hex(String s) {
        if (s.isEmpty() || s.length() > 4) {
            return -1;
        }
        int v = 0;
        for (char c : s.toCharArray()) {
            int d = Character.digit(c, 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }
}
