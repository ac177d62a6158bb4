package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.spec.DiskSpec;
import dev.xenlint.model.spec.Field;
import dev.xenlint.model.spec.SpecProblem;
import java.util.Set;

/** A disk entry the toolstack cannot read: it refuses the whole domain. */
public final class InvalidDiskSpec extends Rule {

    private static final Set<String> XM_TYPES = Set.of("phy", "file", "tap", "tap2", "iscsi", "nbd", "enbd", "drbd");
    private static final Set<String> TAP_SUBTYPES = Set.of("aio", "sync", "vmdk", "ram", "qcow", "qcow2", "ioemu",
            "vhd", "remus");
    private static final Set<String> BACKEND_TYPES = Set.of("phy", "tap", "qdisk", "standalone");

    public InvalidDiskSpec() {
        super(RuleInfo.of("XC501", "invalid-disk-spec", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        for (DiskSpec d : ctx.model().disks()) {
            if (!d.problems().isEmpty()) {
                SpecProblem p = d.problems().get(0);
                ctx.report(p.range(), p.message() + "; " + ctx.dialect().id() + " refuses the domain");
                continue;
            }
            String problem = ctx.dialect() == Dialect.XM ? xm(ctx, d) : xl(ctx, d);
            if (problem != null) {
                ctx.report(d.source().range(), problem);
            }
        }
    }

    private String xm(RuleContext ctx, DiskSpec d) {
        if (d.access() != null && !Set.of("r", "w", "w!").contains(d.access().text())) {
            ctx.report(d.access().range(), "disk mode `" + d.access().text() + "` is not r, w or w!; xm refuses the "
                    + "domain with \"Invalid mode\"");
            return null;
        }
        if (d.pdevPath() == null && !d.isCdrom()) {
            return "only a CD-ROM drive may be empty; xm refuses a disk without a device or image";
        }
        if (d.prefix() == null) {
            return null;
        }
        String prefix = d.prefix().text();
        int colon = prefix.indexOf(':');
        String type = colon < 0 ? prefix : prefix.substring(0, colon);
        if (!XM_TYPES.contains(type)) {
            ctx.report(d.prefix().range(), "`" + type + ":` is not a disk type xm knows (phy, file, tap, tap2, iscsi, "
                    + "nbd, enbd, drbd); xm refuses it unless a block-" + type + " hotplug script is installed");
            return null;
        }
        if (colon > 0) {
            String sub = prefix.substring(prefix.lastIndexOf(':') + 1);
            if (!TAP_SUBTYPES.contains(sub)) {
                ctx.report(d.prefix().range(), "`" + sub + "` is not a tap disk type; xm refuses it. Use aio, sync, "
                        + "qcow, qcow2, vhd, vmdk or ram");
            }
        }
        return null;
    }

    private String xl(RuleContext ctx, DiskSpec d) {
        if (d.vdev() == null || d.vdev().isEmpty()) {
            return "the disk entry has no virtual device (`vdev`); xl refuses it. Add e.g. `vdev=xvda`";
        }
        if (d.pdevPath() == null && !d.isCdrom()) {
            return "the disk entry has no `target`; only a CD-ROM drive may be empty, and xl refuses it";
        }
        if (d.format() != null && d.format().text().equals("empty") && !d.isCdrom()) {
            ctx.report(d.format().range(), "format `empty` is only for CD-ROM drives; xl refuses it on a disk");
            return null;
        }
        Field backendType = d.flags().get("backendtype");
        if (backendType != null) {
            String bt = backendType.text();
            String format = d.formatName();
            if (!BACKEND_TYPES.contains(bt)) {
                ctx.report(backendType.range(), "backendtype `" + bt + "` is not phy, tap, qdisk or standalone; xl "
                        + "refuses it");
            } else if (bt.equals("phy") && !format.equals("raw") && !format.equals("empty")
                    || bt.equals("tap") && !format.equals("raw") && !format.equals("vhd")) {
                ctx.report(backendType.range(), "the " + bt + " backend cannot serve a " + format + " image; xl finds "
                        + "no suitable backend. Use backendtype=qdisk or drop backendtype");
            }
        }
        return null;
    }
}
