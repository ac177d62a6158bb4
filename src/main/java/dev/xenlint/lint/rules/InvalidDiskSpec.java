package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.DiskSpec;
import dev.xenlint.model.Field;
import dev.xenlint.model.SpecProblem;
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
            if (ctx.dialect() == Dialect.XM) {
                xm(ctx, d);
            } else {
                xl(ctx, d);
            }
        }
    }

    private void xm(RuleContext ctx, DiskSpec d) {
        if (d.access() != null && !Set.of("r", "w", "w!").contains(d.access().text())) {
            ctx.report(d.access().range(), "disk mode `" + d.access().text() + "` is not r, w or w!; xm refuses the "
                    + "domain with \"Invalid mode\"");
            return;
        }
        if (d.pdevPath() == null && !d.isCdrom()) {
            ctx.report(d.source().range(), "only a CD-ROM drive may be empty; xm refuses a disk without a device "
                    + "or image");
            return;
        }
        if (d.prefix() == null) {
            return;
        }
        String prefix = d.prefix().text();
        int colon = prefix.indexOf(':');
        String type = colon < 0 ? prefix : prefix.substring(0, colon);
        if (!XM_TYPES.contains(type)) {
            ctx.report(d.prefix().range(), "`" + type + ":` is not a disk type xm knows (phy, file, tap, tap2, iscsi, "
                    + "nbd, enbd, drbd); xm refuses it unless a block-" + type + " hotplug script is installed");
            return;
        }
        if (colon > 0) {
            String sub = prefix.substring(prefix.lastIndexOf(':') + 1);
            if (!TAP_SUBTYPES.contains(sub)) {
                ctx.report(d.prefix().range(), "`" + sub + "` is not a tap disk type; xm refuses it. Use aio, sync, "
                        + "qcow, qcow2, vhd, vmdk or ram");
            }
        }
    }

    private void xl(RuleContext ctx, DiskSpec d) {
        if (d.vdev() == null || d.vdev().isEmpty()) {
            // target= takes the rest of the entry, commas included (libxlu_disk_l.l, "target=.*")
            if (d.target() != null && d.target().text().contains("vdev=")) {
                ctx.report(d.target().range(), "`target=` takes the rest of the entry, commas and all, so the "
                        + "`vdev=` after it is part of the target path and the disk has no virtual device; xl "
                        + "refuses it. Put `target=` last");
                return;
            }
            ctx.report(d.source().range(), "the disk entry has no virtual device (`vdev`); xl refuses it. "
                    + "Add e.g. `vdev=xvda`");
            return;
        }
        if (d.pdevPath() == null && !d.isCdrom()) {
            ctx.report(d.source().range(), "the disk entry has no `target`; only a CD-ROM drive may be empty, "
                    + "and xl refuses it");
            return;
        }
        if (d.format() != null && d.format().text().equals("empty") && !d.isCdrom()) {
            ctx.report(d.format().range(), "format `empty` is only for CD-ROM drives; xl refuses it on a disk");
            return;
        }
        Field grant = d.flags().get("grant_usage");
        if (grant != null && !grant.text().equals("0") && !grant.text().equals("1")) {
            ctx.report(grant.range(), "`grant_usage` is 0 or 1; xl refuses `" + grant.text() + "`");
            return;
        }
        Field coloPort = d.flags().get("colo-port");
        if (coloPort != null && (Checks.decimal(coloPort.text()) == null
                || coloPort.text().replace("0", "").isEmpty())) {
            ctx.report(coloPort.range(), "`colo-port` must be a non-zero port number; xl refuses `" + coloPort.text()
                    + "`");
            return;
        }
        Field specification = d.flags().get("specification");
        Field backendType = d.flags().get("backendtype");
        boolean standalone = backendType != null && backendType.text().equals("standalone");
        boolean virtio = specification != null && specification.text().equals("virtio");
        if (specification != null && !virtio && !specification.text().equals("xen")) {
            ctx.report(specification.range(), "`specification` is xen or virtio; xl refuses `"
                    + specification.text() + "`");
            return;
        }
        if (virtio != standalone && (virtio || backendType != null)) {
            ctx.report((virtio ? specification : backendType).range(), "xl pairs `specification=virtio` with "
                    + "`backendtype=standalone` and refuses either without the other");
            return;
        }
        if (standalone && !d.formatName().equals("raw")) {
            ctx.report(backendType.range(), "the standalone backend serves raw images only; xl refuses a "
                    + d.formatName() + " image");
            return;
        }
        if (backendType != null && backendType.text().equals("qdisk") && d.script() != null) {
            ctx.report(d.script().range(), "the qdisk backend does not run block scripts; xl refuses `script=` "
                    + "with it");
            return;
        }
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
    }
}
