package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.GuestType;
import dev.xenlint.model.Setting;
import dev.xenlint.text.TextRange;
import java.util.EnumSet;

/** An xm PV guest that boots through a bootloader (named, or pygrub by default) but has no disk. */
public final class BootloaderWithoutDisk extends Rule {

    public BootloaderWithoutDisk() {
        super(RuleInfo.of("XC217", "bootloader-without-disk", Severity.ERROR, RuleInfo.XM, EnumSet.of(GuestType.PV),
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        var m = ctx.model();
        Setting bootloader = m.setting("bootloader");
        // create.py:1122 passes the bootloader on only when it is a non-empty string: "" is no bootloader
        boolean noBootloader = true;
        if (bootloader != null) {
            for (var v : bootloader.candidates()) { // loops, not streams: see StartupPathTest
                noBootloader &= v instanceof dev.xenlint.model.Value.Str s && s.value().isEmpty();
            }
        }
        // disk = [] is no disk (XendDomainInfo.py:3237-3256 finds nothing bootable)
        boolean hasDisk = false;
        if (m.setting("disk") != null) {
            for (var v : m.setting("disk").candidates()) {
                hasDisk |= !(v instanceof dev.xenlint.model.Value.ListValue l && l.items().isEmpty());
            }
        }
        if (ctx.mayBe(GuestType.HVM) || hasDisk || m.setting("kernel") != null && noBootloader) {
            return;
        }
        bootloader = noBootloader ? null : bootloader;
        TextRange at = bootloader != null ? Checks.keyRange(bootloader) : TextRange.empty(0);
        ctx.report(at, (bootloader != null ? "a bootloader" : "with no kernel, xm uses pygrub, which")
                + " needs a disk to read the kernel from, but no disk is set; xm refuses the domain (\"no disks are "
                + "bootable\"). Add a disk or set `kernel`");
    }
}
