package dev.xenlint.lint.rules;

import dev.xenlint.lint.Edit;
import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.KeyValueSpec;
import dev.xenlint.text.TextRange;
import java.util.List;

/** An xm HVM vif without {@code type=ioemu}, which the Xen 3 manual's HVM examples always give. */
public final class VifMissingIoemu extends Rule {

    public VifMissingIoemu() {
        super(RuleInfo.of("XC605", "vif-missing-ioemu", Severity.WARNING, RuleInfo.XM, RuleInfo.HVM,
                RuleInfo.Fixability.UNSAFE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (KeyValueSpec vif : ctx.model().vifs()) {
            if (vif.entries().containsKey("type")) {
                continue; // typed, or `type` without a value, which xm refuses (invalid-vif-option)
            }
            // before 7dc9afed06 (2006-11-30, first in 3.0.4) xend gave qemu-dm only the vifs typed ioemu;
            // from then on an untyped vif is both emulated and paravirtual
            String message = ctx.xenVersion().before(3, 0, 4)
                    ? "this HVM vif has no `type`; before Xen 3.0.4 (target " + ctx.xenVersion() + ") xm gives the "
                            + "device model only `type=ioemu` vifs, so this one is a paravirtual card only, and a "
                            + "guest without PV drivers has no network. Add `type=ioemu`"
                    : "this HVM vif has no `type`; xm then offers the guest both an emulated card and a "
                            + "paravirtual one, and guests without PV drivers can misbehave. Add `type=ioemu` as the "
                            + "Xen 3 manual does";
            if (Checks.literal(vif.source(), ctx.source())) {
                int start = dev.xenlint.model.Field.of(vif.source()).range().start();
                ctx.report(vif.source().range(), message, new Fix("add type=ioemu",
                        List.of(new Edit(TextRange.empty(start), "type=ioemu, ")), Fix.Applicability.UNSAFE));
            } else {
                ctx.report(vif.source().range(), message);
            }
        }
    }
}
