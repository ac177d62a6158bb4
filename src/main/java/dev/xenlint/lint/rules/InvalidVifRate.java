package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Field;
import dev.xenlint.model.KeyValueSpec;
import dev.xenlint.model.VifRate;

/** A vif {@code rate} that cannot be read: xl refuses it, xm silently leaves the link unlimited (see {@link VifRate}). */
public final class InvalidVifRate extends Rule {

    public InvalidVifRate() {
        super(RuleInfo.of("XC604", "invalid-vif-rate", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE).withMilder(Severity.WARNING));
    }

    @Override
    public void check(RuleContext ctx) {
        for (KeyValueSpec vif : ctx.model().vifs()) {
            Field rate = vif.get("rate");
            if (rate == null) {
                continue;
            }
            if (ctx.isXm()) {
                VifRate r = VifRate.xm(rate.text());
                if (r.error() != null) {
                    ctx.reportMild(Severity.WARNING, rate.range(), "rate `" + rate.text() + "` " + r.error()
                            + "; xm silently leaves the interface unlimited. Write e.g. `10Mb/s` or `5MB/s@20ms`", null);
                }
                continue;
            }
            VifRate r = VifRate.xl(rate.text());
            if (r.error() != null) {
                boolean spaces = !rate.text().equals(rate.text().strip());
                ctx.report(rate.range(), "xl refuses the domain: " + r.error() + " in `" + rate.text() + "`"
                        + (spaces ? " (xl does not trim spaces inside a vif item)" : "")
                        + ". Write e.g. `10Mb/s` or `5MB/s@20ms`: a number from 1 to 4294967295 before the unit "
                        + "and the interval");
            }
        }
    }
}
