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
            for (Value.Str type : ctx.model().strings("type")) {
                String v = type.value();
                if (!v.equals("pv") && !v.equals("pvh") && !"hvm".startsWith(v)) {
                    ctx.report(type.range(), "xl knows the guest types `pv`, `pvh` and `hvm`, and refuses `" + v + "`");
                }
            }
        } else {
            for (Value.Str builder : ctx.model().strings("builder")) {
                String v = builder.value();
                if (!v.equals("linux") && !v.equals("hvm")) {
                    ctx.report(builder.range(), "xm knows the builders `linux` (PV) and `hvm`, and refuses `" + v
                            + "` with \"unknown image type\"");
                }
            }
        }
    }
}
