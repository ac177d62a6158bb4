package dev.xenlint.lint.rules;

import dev.xenlint.lint.Edit;
import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.spec.DiskSpec;
import dev.xenlint.text.TextRange;
import java.util.List;

/**
 * An xm HVM disk given without {@code ioemu:}: the Xen 3 manual has HVM disks
 * written {@code ioemu:hda}, since without it the device is offered as a
 * paravirtual disk that a guest without PV drivers does not see.
 */
public final class DiskMissingIoemu extends Rule {

    public DiskMissingIoemu() {
        super(RuleInfo.of("XC502", "disk-missing-ioemu", Severity.WARNING, RuleInfo.XM, RuleInfo.HVM,
                RuleInfo.Fixability.SAFE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (DiskSpec d : ctx.model().disks()) {
            if (d.isCdrom() || d.ioemu() != null || d.vdev() == null || d.vdev().isEmpty()
                    || d.vdev().text().startsWith("xvd")) {
                continue;
            }
            String message = "`" + d.vdev().text() + "` has no `ioemu:` prefix; on an xm HVM guest the disk is then "
                    + "offered as a paravirtual device, which a guest without PV drivers does not see. Write `ioemu:"
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
