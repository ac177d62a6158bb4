package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Field;
import dev.xenlint.model.GuestType;
import dev.xenlint.model.KeyValueSpec;

/** An emulated ({@code type=ioemu}) NIC on a guest that has no device model. */
public final class IoemuVifOnPv extends Rule {

    public IoemuVifOnPv() {
        super(RuleInfo.of("XC603", "ioemu-vif-on-pv", Severity.ERROR, RuleInfo.BOTH, RuleInfo.NOT_HVM,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        if (ctx.mayBe(GuestType.HVM)) {
            return;
        }
        for (KeyValueSpec vif : ctx.model().vifs()) {
            Field type = vif.get("type");
            if (type != null && type.text().equals("ioemu")) {
                ctx.report(type.range(), "`type=ioemu` asks for an emulated network card, which a PV or PVH guest "
                        + "cannot have; " + (ctx.isXm() ? "xm creates no interface at all"
                        : "xl refuses the domain") + ". Remove `type=ioemu`");
            }
        }
    }
}
