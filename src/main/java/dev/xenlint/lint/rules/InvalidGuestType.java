package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.Value;

/** A guest type the toolstack does not know: xl's {@code type}, xm's {@code builder}. */
public final class InvalidGuestType extends Rule {

    public InvalidGuestType() {
        super(RuleInfo.of("XC203", "invalid-guest-type", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        if (ctx.dialect() == Dialect.XL) {
            if (ctx.xenVersion().before(4, 10)) {
                return; // xl reads no `type` before 4.10 (type-needs-xen-4-10 says so)
            }
            for (Value.Str type : ctx.model().strings("type")) {
                String v = type.value();
                if (dev.xenlint.model.ModelBuilder.xlType(v) == null) {
                    ctx.report(type.range(), "xl knows the guest types `pv`, `pvh` and `hvm` (or a prefix of one; "
                            + "case matters), and refuses `" + v + "` with \"Invalid domain type\"");
                }
            }
        } else {
            // the HVM builder was renamed from vmx to hvm in d1bd157fbc (2006-01-31), first released in 3.0.2
            boolean vmxEra = ctx.xenVersion().before(3, 0, 2);
            String hvm = vmxEra ? "vmx" : "hvm";
            for (Value.Str builder : ctx.model().strings("builder")) {
                String v = builder.value();
                if (v.equals("linux") || v.equals(hvm)) {
                    continue;
                }
                String message = "xm " + ctx.xenVersion() + " knows the builders `linux` (PV) and `" + hvm
                        + "`, and refuses `" + v + "` with \"unknown image type\"";
                if (v.equals("vmx")) {
                    message += "; `vmx` was the HVM builder's name before Xen 3.0.2: write `hvm`";
                } else if (v.equals("hvm")) {
                    message += "; `hvm` is the HVM builder's name from Xen 3.0.2: write `vmx` for this release";
                }
                ctx.report(builder.range(), message);
            }
        }
    }
}
