package dev.xenlint.lint.rules;

import dev.xenlint.lint.RuleContext;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.GuestType;
import dev.xenlint.model.Field;
import dev.xenlint.model.KeyValueSpec;

/**
 * Where each toolstack takes a guest's VNC display from: the top-level keys
 * ({@code vnc}, {@code vnclisten}, {@code sdl}, {@code keymap}, ...) or the
 * first {@code vfb} entry.
 *
 * <p>xl (tools/xl/xl_parse.c:2882-2906 at c447b7308b; libxl_dm.c:672-692): an
 * HVM guest's display comes from the top-level keys and its vfb entries are
 * never used (libxl_create.c:1812-1822 adds vfbs for PV and PVH only); a PV
 * guest's from its first vfb, or, with no vfb, from the top-level keys when
 * {@code vnc} is non-zero (from Xen 4.4, commit 706d4ab74b, 2013-12-17, "xl:
 * create VFB for PV guest when VNC is specified"; before it they were read for
 * HVM guests only); a PVH guest's from its first vfb only.
 *
 * <p>xm (tools/python/xen/xend/image.py:305-326 at e04254f7bc): the top-level
 * keys, or the first vfb entry, which turns VNC on with {@code vnc=1} or the
 * legacy {@code type=vnc} (tools/python/xen/xm/create.py:936-939). Before 3.4
 * (commit 3ba7d233c7, 2009-03-06) {@code type} was the only switch: sdl unless
 * it says vnc.
 */
final class Display {

    private Display() {
    }

    /**
     * Whether the toolstack reads this top-level display key for the guest: for
     * HVM guests always; xm never for others (create.py:761-762 passes them in
     * configure_hvm only).
     */
    static boolean readsTopLevel(RuleContext ctx, String key) {
        if (ctx.mayBe(GuestType.HVM)) {
            return true;
        }
        if (ctx.dialect() != Dialect.XL) {
            return false;
        }
        return ctx.mayBe(GuestType.PV) && ctx.xenVersion().atLeast(4, 4) && ctx.model().vfbs().isEmpty()
                && (key.equals("vnc") || Checks.flag(ctx.model(), "vnc") == Checks.Flag.ON);
    }

    /** Why xl ignores this top-level display key on a guest that is not HVM (when {@link #readsTopLevel} is false). */
    static String whyXlIgnores(RuleContext ctx, String key) {
        String guest = ctx.model().guest().type().id().toUpperCase(java.util.Locale.ROOT);
        if (!ctx.mayBe(GuestType.PV)) {
            return "`" + key + "` does nothing on a " + guest + " guest: xl reads the top-level display keys for HVM "
                    + "guests and for PV guests without `vfb`; a PVH guest's display comes from `vfb` only";
        }
        if (ctx.xenVersion().before(4, 4)) {
            return "xl " + ctx.xenVersion() + " reads `" + key + "` for HVM guests only (PV guests got a display "
                    + "from `vnc = 1` in Xen 4.4); this is a PV guest, so xl ignores it";
        }
        if (!ctx.model().vfbs().isEmpty()) {
            return "`" + key + "` is ignored: this PV guest has `vfb` entries, and xl then takes the display from "
                    + "them alone";
        }
        return "xl reads `" + key + "` for a PV guest only together with `vnc = 1` (it then builds the guest a "
                + "framebuffer from the top-level keys); VNC is off here, so xl ignores it";
    }

    /** The vfb entry the display comes from, or null: the first, and for xl only when the guest is not HVM. */
    static KeyValueSpec vfb(RuleContext ctx) {
        if (ctx.model().vfbs().isEmpty()) {
            return null;
        }
        if (ctx.dialect() == Dialect.XL && !ctx.mayBe(GuestType.PV) && !ctx.mayBe(GuestType.PVH)) {
            return null; // xl never adds an HVM guest's vfbs
        }
        return ctx.model().vfbs().get(0);
    }

    /** Whether a vfb entry turns VNC on: xl's default is on, xm's off unless vnc=1 or type=vnc. */
    static boolean vncOn(RuleContext ctx, KeyValueSpec vfb) {
        Field vnc = vfb.get("vnc");
        if (ctx.dialect() == Dialect.XL) {
            return vnc == null || !vnc.text().equals("0");
        }
        Field type = vfb.get("type");
        if (type != null && type.text().equals("vnc")) {
            return true;
        }
        if (ctx.xenVersion().before(3, 4)) {
            return false; // vnc= in a vfb entry came with 3ba7d233c7 (3.4); before it only type=vnc
        }
        try {
            return vnc != null && Long.parseLong(vnc.text().trim()) != 0; // xend: int(dev_info.get('vnc', 0)) != 0
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Whether an address VNC listens on is the host's loopback: 127.x, localhost, ::1, each with or without a display. */
    static boolean isLoopback(String address) {
        String a = address.trim();
        String host;
        if (a.startsWith("[")) {
            int close = a.indexOf(']');
            host = close > 0 ? a.substring(1, close) : a;
        } else if (a.indexOf(':') > 0 && a.indexOf(':') == a.lastIndexOf(':')) {
            host = a.substring(0, a.indexOf(':')); // host:display
        } else {
            host = a;
        }
        return host.startsWith("127.") || host.equals("localhost") || host.equals("::1")
                || host.equals("0:0:0:0:0:0:0:1");
    }
}
