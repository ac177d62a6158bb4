package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;

/**
 * An HVM guest with direct boot parameters ({@code ramdisk}, or {@code cmdline},
 * {@code root} and {@code extra}, from which xl builds the kernel command line)
 * but no kernel to hand them to: libxl refuses it from Xen 4.6, QEMU in 4.5,
 * and before 4.5 xl read these keys for PV guests only.
 */
public final class DirectBootWithoutKernel extends Rule {

    /** What xl reads for direct boot (tools/xl/xl_parse.c:282-311, 1811-1814 at c447b7308b). */
    private static final String[] KEYS = {"ramdisk", "cmdline", "root", "extra"};

    public DirectBootWithoutKernel() {
        super(RuleInfo.of("XC209", "direct-boot-without-kernel", Severity.ERROR, RuleInfo.XL, RuleInfo.HVM,
                RuleInfo.Fixability.NONE).withMilder(Severity.WARNING));
    }

    @Override
    public void check(RuleContext ctx) {
        Setting kernel = ctx.model().setting("kernel");
        // xl drops an HVM kernel named hvmloader (a firmware override from xm days)
        boolean hasKernel = false; // loops, not streams and lambdas: see StartupPathTest
        for (Value v : kernel == null ? java.util.List.<Value>of() : kernel.candidates()) {
            hasKernel |= !(v instanceof Value.Str s) || !(s.value().equals("hvmloader") || s.value().endsWith("/hvmloader"));
        }
        if (hasKernel) {
            return;
        }
        var version = ctx.xenVersion();
        for (String key : KEYS) {
            Setting s = ctx.model().setting(key);
            // xl reads each with xlu_cfg_get_string: a list is not read, an empty string is
            if (s == null || allLists(s)) {
                continue;
            }
            String what = "`" + key + "` is a direct kernel boot parameter" + (key.equals("ramdisk") ? ""
                    : " (xl builds the kernel command line from `cmdline`, or else `root` and `extra`)");
            if (version.atLeast(4, 6)) {
                ctx.report(Checks.keyRange(s), what + ", but no `kernel` is set; libxl refuses an HVM guest with "
                        + "direct boot parameters and no kernel. Set `kernel` or remove `" + key + "`");
            } else if (version.atLeast(4, 5)) {
                ctx.report(Checks.keyRange(s), what + ", but no `kernel` is set; xl 4.5 hands it to QEMU without a "
                        + "kernel, and QEMU refuses to start. Set `kernel` or remove `" + key + "`");
            } else {
                ctx.reportMild(Severity.WARNING, Checks.keyRange(s), "xl " + version + " reads `" + key + "` for PV "
                        + "guests only (direct kernel boot of HVM guests arrived in Xen 4.5) and ignores it here; "
                        + "remove it", null);
            }
        }
    }

    /** Whether every value the setting may have is a list (a loop, not a stream: see StartupPathTest). */
    private static boolean allLists(Setting s) {
        for (Value v : s.candidates()) {
            if (!(v instanceof Value.ListValue)) {
                return false;
            }
        }
        return true;
    }
}
