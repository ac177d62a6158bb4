package dev.xenlint.lint.rules;

import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.DiskSpec;

/** A CD-ROM drive opened for writing. */
public final class CdromWritable extends Rule {

    public CdromWritable() {
        super(RuleInfo.of("XC503", "cdrom-writable", Severity.WARNING, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.SAFE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (DiskSpec d : ctx.model().disks()) {
            if (!d.isCdrom() || d.access() == null) {
                continue;
            }
            String a = d.access().text();
            if (!(a.startsWith("w") || a.equals("rw"))) {
                continue;
            }
            String message = "a CD-ROM is read-only but is given access `" + a + "`; "
                    + (ctx.isXm() ? "xm opens the image writable, so the guest could change it"
                    : "xl makes it read-only anyway") + ". Write `r`";
            if (Checks.literal(d.access(), ctx.source())) {
                ctx.report(d.access().range(), message, RuleContext.replace("write r", d.access().range(), "r",
                        Fix.Applicability.SAFE));
            } else {
                ctx.report(d.access().range(), message);
            }
        }
    }
}
