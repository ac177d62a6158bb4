package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.BootOrder;
import dev.xenlint.model.DiskSpec;
import dev.xenlint.model.Field;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;

/** {@code boot} names a CD-ROM (d) or hard disk (c) that no disk entry provides. */
public final class BootDeviceMissing extends Rule {

    public BootDeviceMissing() {
        super(RuleInfo.of("XC205", "boot-device-missing", Severity.WARNING, RuleInfo.BOTH, RuleInfo.HVM,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        if (!disksKnown(ctx.model().setting("disk"))) {
            return;
        }
        // before Xen 3.0.3 (ae97d42025) xm had no `:cdrom` disks: the image came from the `cdrom` key
        boolean oldXm = ctx.isXm() && ctx.xenVersion().before(3, 0, 3);
        boolean anyCdrom = false;
        boolean hardDisk = false;
        for (DiskSpec d : ctx.model().disks()) { // a loop, not streams: see StartupPathTest
            anyCdrom |= d.isCdrom();
            hardDisk |= !d.isCdrom();
        }
        boolean cdrom = oldXm ? ctx.model().setting("cdrom") != null : anyCdrom;
        for (BootOrder boot : ctx.model().boot()) {
            for (Field letter : boot.letters()) {
                char c = letter.text().charAt(0);
                if (c == 'd' && !cdrom) {
                    ctx.report(letter.range(), oldXm
                            ? "`d` boots from the CD-ROM, but no `cdrom` image is set (xm before Xen 3.0.3 takes it "
                                    + "from `cdrom = \"/path/to.iso\"`); set one or drop `d`"
                            : "`d` boots from a CD-ROM, but no disk entry is a CD-ROM; add one such "
                                    + "as `'file:/path/to.iso,hdc:cdrom,r'` or drop `d`");
                } else if (c == 'c' && !hardDisk) {
                    ctx.report(letter.range(), "`c` boots from the first hard disk, but no disk entry is a hard disk; "
                            + "add one or drop `c`");
                }
            }
        }
    }

    /** Whether every disk entry is known (no value depends on the host). */
    private static boolean disksKnown(Setting disk) {
        if (disk == null) {
            return true;
        }
        for (Value v : disk.candidates()) {
            if (!(v instanceof Value.ListValue list)) {
                return false;
            }
            for (Value i : list.items()) {
                if (!(i instanceof Value.Str)) {
                    return false;
                }
            }
        }
        return true;
    }
}
