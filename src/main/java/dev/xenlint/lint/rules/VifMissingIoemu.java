package dev.xenlint.lint.rules;

import dev.xenlint.lint.Edit;
import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.spec.KeyValueSpec;
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
            if (vif.get("type") != null) {
                continue;
            }
            String message = "this HVM vif has no `type`; xm then offers the guest both an emulated card and a "
                    + "paravirtual one, and guests without PV drivers can misbehave. Add `type=ioemu` as the Xen 3 "
                    + "manual does";
            if (Checks.literal(vif.source(), ctx.source())) {
                int start = dev.xenlint.model.spec.Field.of(vif.source()).range().start();
                ctx.report(vif.source().range(), message, new Fix("add type=ioemu",
                        List.of(new Edit(TextRange.empty(start), "type=ioemu, ")), Fix.Applicability.UNSAFE));
            } else {
                ctx.report(vif.source().range(), message);
            }
        }
    }
}
