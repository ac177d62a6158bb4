package dev.xenlint.lint.rules;

import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.DiskSpec;
import java.util.HashMap;
import java.util.Map;

/** Two disk entries for one guest device, or (xm) for one host device or image. */
public final class DuplicateDiskDevice extends Rule {

    public DuplicateDiskDevice() {
        super(RuleInfo.of("XC505", "duplicate-disk-device", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        Map<String, DiskSpec> byVdev = new HashMap<>();
        Map<String, DiskSpec> byTarget = new HashMap<>();
        for (DiskSpec d : ctx.model().disks()) {
            if (d.vdev() != null && !d.vdev().isEmpty()) {
                String vdev = d.vdev().text().startsWith("/dev/") ? d.vdev().text().substring(5) : d.vdev().text();
                DiskSpec first = byVdev.putIfAbsent(vdev, d);
                if (first != null) {
                    ctx.report(d.vdev().range(), "`" + vdev + "` is already used by another disk entry; "
                            + ctx.dialect().id() + " refuses two disks on one guest device", null,
                            new RelatedLocation(first.vdev().range(), "first used here"));
                    continue;
                }
            }
            if (ctx.isXm() && d.pdevPath() != null && !d.isCdrom()) {
                DiskSpec first = byTarget.putIfAbsent(d.pdevPath(), d);
                if (first != null) {
                    ctx.report(d.target().range(), "`" + d.pdevPath() + "` is already given to this guest by another "
                            + "disk entry; xm refuses to attach it twice", null,
                            new RelatedLocation(first.target().range(), "first attached here"));
                }
            }
        }
    }
}
