package dev.xenlint.lint.rules;

import dev.xenlint.lint.Edit;
import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.DiskSpec;
import dev.xenlint.text.TextRange;
import java.util.List;

/**
 * An xm HVM disk given without {@code ioemu:}, for Xen releases before 3.0.3:
 * there xend gave qemu-dm only the disks written {@code ioemu:hda}, and any
 * other disk was a paravirtual vbd that a guest without PV drivers does not
 * see. Since 3.0.3 (commit ae97d42025, 2006-08-03) qemu-dm reads every
 * {@code hd*} disk from xenstore and the prefix is only a label, so the rule
 * stays silent for those targets.
 */
public final class DiskMissingIoemu extends Rule {

    public DiskMissingIoemu() {
        super(RuleInfo.of("XC502", "disk-missing-ioemu", Severity.WARNING, RuleInfo.XM, RuleInfo.HVM,
                RuleInfo.Fixability.SAFE));
    }

    @Override
    public void check(RuleContext ctx) {
        if (ctx.xenVersion().atLeast(3, 0, 3)) {
            return;
        }
        for (DiskSpec d : ctx.model().disks()) {
            if (d.isCdrom() || d.ioemu() != null || d.vdev() == null || d.vdev().isEmpty()
                    || d.vdev().text().startsWith("xvd")) {
                continue;
            }
            String message = "`" + d.vdev().text() + "` has no `ioemu:` prefix; before Xen 3.0.3 (target "
                    + ctx.xenVersion() + ") xend gives the device model only `ioemu:` disks, so this one is a "
                    + "paravirtual disk, which a guest without PV drivers does not see. Write `ioemu:"
                    + d.vdev().text() + "`";
            if (Checks.literal(d.vdev(), ctx.source())) {
                int at = d.vdev().range().start();
                ctx.report(d.vdev().range(), message, new Fix("insert ioemu:",
                        List.of(new Edit(TextRange.empty(at), "ioemu:")), Fix.Applicability.SAFE));
            } else {
                ctx.report(d.vdev().range(), message);
            }
        }
    }
}
