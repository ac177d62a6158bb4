package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Value;

/** An MMIO hole outside 256..3840 MiB. */
public final class InvalidMmioHole extends Rule {

    public InvalidMmioHole() {
        super(RuleInfo.of("XC215", "invalid-mmio-hole", Severity.ERROR, RuleInfo.XL, RuleInfo.HVM,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (Value.Int hole : ctx.model().integers("mmio_hole")) {
            if (hole.value() < 256 || hole.value() > 3840) {
                ctx.report(hole.range(), "`mmio_hole` must be between 256 and 3840 MiB; xl refuses " + hole.value());
            }
        }
    }
}
