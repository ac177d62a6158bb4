package dev.xenlint.lint.rules;

import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.DiskSpec;
import java.util.HashMap;
import java.util.Map;

/** One image or device attached to a guest twice, writable at least once: two block devices over the same data. */
public final class DiskWritableTwice extends Rule {

    public DiskWritableTwice() {
        super(RuleInfo.of("XC520", "disk-writable-twice", Severity.WARNING, RuleInfo.XL, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        Map<String, DiskSpec> seen = new HashMap<>();
        for (DiskSpec d : ctx.model().disks()) {
            String path = d.pdevPath();
            if (path == null || d.isCdrom() || d.target() == null || d.vdev() == null || !d.problems().isEmpty()) {
                continue;
            }
            DiskSpec first = seen.putIfAbsent(path, d);
            if (first == null || !(first.readwrite() || d.readwrite())) {
                continue;
            }
            if (first.vdev().text().equals(d.vdev().text())) {
                continue; // the same guest device twice is duplicate-disk-device's
            }
            String vdevs = first.vdev().text() + " and " + d.vdev().text();
            ctx.report(d.target().range(), "`" + path + "` is attached twice (" + vdevs + ") and "
                    + (first.readwrite() && d.readwrite() ? "writable both times" : "writable once")
                    + ": the guest sees two disks over the same data, and writes through one corrupt what the other "
                    + "has cached; xl does not check this", null, new RelatedLocation(first.target().range(),
                    "first attached here"));
        }
    }
}
