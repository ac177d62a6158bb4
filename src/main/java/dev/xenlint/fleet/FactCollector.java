package dev.xenlint.fleet;

import dev.xenlint.fleet.Claim.Use;
import dev.xenlint.model.ConfigModel;
import dev.xenlint.model.DiskSpec;
import dev.xenlint.model.Field;
import dev.xenlint.model.KeyValueSpec;
import dev.xenlint.model.PciSpec;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;
import dev.xenlint.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a file's claims on its host from its model. Only certain claims count: a value that
 * depends on the host or on a branch of an {@code if} (more than one candidate) is left out, so
 * a clash is only reported between values the toolstack will really use.
 */
public final class FactCollector {

    private static final int VNC_BASE_PORT = 5900;

    private FactCollector() {
    }

    public static GuestFacts collect(ConfigModel model) {
        List<Claim> out = new ArrayList<>();
        Value.Str name = single(model, "name");
        if (name != null && !name.value().isEmpty()) {
            out.add(new Claim(Resource.NAME, name.value(), name.value(), name.range(), Use.EXCLUSIVE));
        }
        Value.Str uuid = single(model, "uuid");
        if (uuid != null && isUuid(uuid.value())) {
            out.add(new Claim(Resource.UUID, uuid.value().toLowerCase(Locale.ROOT), uuid.value(), uuid.range(),
                    Use.EXCLUSIVE));
        }
        if (certainList(model, "vif")) {
            for (KeyValueSpec vif : model.vifs()) {
                Field mac = vif.get("mac");
                String key = mac == null ? null : macKey(mac.text());
                if (key != null) {
                    out.add(new Claim(Resource.MAC, key, mac.text(), mac.range(), Use.EXCLUSIVE));
                }
                Field vifname = vif.get("vifname");
                if (vifname != null && !vifname.isEmpty()) {
                    out.add(new Claim(Resource.VIFNAME, vifname.text(), vifname.text(), vifname.range(),
                            Use.EXCLUSIVE));
                }
            }
        }
        if (certainList(model, "disk")) {
            for (DiskSpec disk : model.disks()) {
                String key = DiskTarget.key(disk);
                if (key != null) {
                    out.add(new Claim(Resource.DISK, key, disk.target().text(), disk.target().range(), diskUse(disk)));
                }
            }
        }
        if (certainList(model, "pci")) {
            for (PciSpec pci : model.pci()) {
                String key = pciKey(pci);
                if (key != null) {
                    out.add(new Claim(Resource.PCI, key, pci.address().text(), pci.address().range(), Use.EXCLUSIVE));
                }
            }
        }
        vnc(model, out);
        spice(model, out);
        return out.isEmpty() ? GuestFacts.NONE : new GuestFacts(List.copyOf(out));
    }

    private static Use diskUse(DiskSpec disk) {
        if (!disk.readwrite()) {
            return Use.READ;
        }
        return disk.access() != null && disk.access().text().endsWith("!") ? Use.SHARED_WRITE : Use.EXCLUSIVE;
    }

    /** The top-level VNC display (HVM, and xl's PV framebuffer keys) and each {@code vfb} entry's. */
    private static void vnc(ConfigModel model, List<Claim> out) {
        Value.Int display = singleInt(model, "vncdisplay");
        Long vnc = singleLong(model, "vnc");
        if (display != null && (vnc == null || vnc != 0)) {
            Value.Str listen = single(model, "vnclisten");
            Long unused = singleLong(model, "vncunused");
            out.add(vncClaim(listen == null ? null : listen.value(), display.value(), display.range(),
                    unused != null && unused == 0));
        }
        if (!certainList(model, "vfb")) {
            return;
        }
        for (KeyValueSpec vfb : model.vfbs()) {
            Field vncOn = vfb.get("vnc");
            Field vncdisplay = vfb.get("vncdisplay");
            if (vncOn == null || !vncOn.text().equals("1") || vncdisplay == null) {
                continue;
            }
            long n = parseLong(vncdisplay.text());
            if (n < 0) {
                continue;
            }
            Field listen = vfb.get("vnclisten");
            Field unused = vfb.get("vncunused");
            out.add(vncClaim(listen == null ? null : listen.text(), n, vncdisplay.range(),
                    unused != null && unused.text().equals("0")));
        }
    }

    private static Claim vncClaim(String listen, long display, TextRange range, boolean exclusive) {
        String host = listen == null || listen.isEmpty() ? "127.0.0.1" : listen;
        int colon = host.indexOf(':');
        if (colon >= 0 && colon == host.lastIndexOf(':')) {
            host = host.substring(0, colon); // host:display; vnc-display-conflict reports the clash inside one file
        }
        long port = VNC_BASE_PORT + display;
        return new Claim(Resource.VNC, host + ":" + port, String.valueOf(display), range,
                exclusive ? Use.EXCLUSIVE : Use.PREFERRED);
    }

    private static void spice(ConfigModel model, List<Claim> out) {
        Long spice = singleLong(model, "spice");
        if (spice == null || spice == 0) {
            return;
        }
        Value.Str host = single(model, "spicehost");
        String h = host == null || host.value().isEmpty() ? "*" : host.value();
        for (String key : List.of("spiceport", "spicetls_port")) {
            Value.Int port = singleInt(model, key);
            if (port != null && port.value() > 0) {
                out.add(new Claim(Resource.SPICE, h + ":" + port.value(), String.valueOf(port.value()), port.range(),
                        Use.EXCLUSIVE));
            }
        }
    }

    /** A key set to one string on every path, or null. */
    private static Value.Str single(ConfigModel model, String key) {
        Setting s = model.setting(key);
        if (s == null || s.mayBeUnset()) {
            return null;
        }
        List<Value> candidates = s.candidates();
        return candidates.size() == 1 && candidates.get(0) instanceof Value.Str str ? str : null;
    }

    private static Value.Int singleInt(ConfigModel model, String key) {
        Setting s = model.setting(key);
        if (s == null || s.mayBeUnset() || s.candidates().size() != 1) {
            return null;
        }
        List<Value.Int> ints = model.integers(key);
        return ints.size() == 1 ? ints.get(0) : null;
    }

    private static Long singleLong(ConfigModel model, String key) {
        Value.Int i = singleInt(model, key);
        return i == null ? null : i.value();
    }

    /** Whether a list key is set the same way on every path (so its entries are certain). */
    private static boolean certainList(ConfigModel model, String key) {
        Setting s = model.setting(key);
        return s != null && !s.mayBeUnset() && s.candidates().size() == 1;
    }

    /** {@code 00:16:3e:0a:0b:0c}, lower case, from six two-digit hex octets separated by ':' or '-'. */
    static String macKey(String text) {
        if (text.length() != 17) {
            return null;
        }
        StringBuilder sb = new StringBuilder(17);
        for (int i = 0; i < 17; i++) {
            char c = text.charAt(i);
            if (i % 3 == 2) {
                if (c != ':' && c != '-') {
                    return null;
                }
                sb.append(':');
            } else if (Character.digit(c, 16) < 0) {
                return null;
            } else {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    private static boolean isUuid(String s) {
        String hex = s.replace("-", "");
        if (hex.length() != 32) {
            return false;
        }
        for (int i = 0; i < hex.length(); i++) {
            if (Character.digit(hex.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** {@code 0000:03:00.1}: the domain defaults to 0; hex digits compared as numbers. */
    static String pciKey(PciSpec pci) {
        if (pci.bus() == null || pci.slot() == null || pci.function() == null) {
            return null;
        }
        long domain = pci.domain() == null ? 0 : parseHex(pci.domain().text());
        long bus = parseHex(pci.bus().text());
        long slot = parseHex(pci.slot().text());
        String function = pci.function().text();
        if (domain < 0 || bus < 0 || slot < 0) {
            return null;
        }
        // not String.format: java.util.Formatter compiles a regular expression, whose lambdas would be the
        // first of a short check (see StartupPathTest)
        return hex(domain, 4) + ':' + hex(bus, 2) + ':' + hex(slot, 2) + '.' + function.toLowerCase(Locale.ROOT);
    }

    /** {@code %0<width>x} of a value that is not negative. */
    static String hex(long value, int width) {
        String digits = Long.toHexString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static long parseHex(String s) {
        try {
            return s.isEmpty() ? -1 : Long.parseLong(s, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
