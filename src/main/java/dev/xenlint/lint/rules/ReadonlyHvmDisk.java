package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.DiskSpec;

/** qemu-xen cannot emulate a read-only IDE disk: xl refuses it on an HVM guest. */
public final class ReadonlyHvmDisk extends Rule {

    public ReadonlyHvmDisk() {
        super(RuleInfo.of("XC504", "readonly-hvm-disk", Severity.ERROR, RuleInfo.XL, RuleInfo.HVM,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (DiskSpec d : ctx.model().disks()) {
            if (!d.isCdrom() && !d.readwrite() && d.vdev() != null && d.vdev().text().startsWith("hd")) {
                ctx.report(d.access() != null ? d.access().range() : d.source().range(), "qemu-xen cannot emulate a "
                        + "read-only IDE disk, so xl refuses `" + d.vdev().text() + "` on an HVM guest. Make it "
                        + "writable, a CD-ROM, or a PV disk (xvd*)");
            }
        }
    }
}
