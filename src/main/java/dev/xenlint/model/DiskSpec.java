package dev.xenlint.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One entry of {@code disk = [...]}, read the way the dialect's toolstack
 * reads it: xm's {@code UNAME,DEV,MODE[,BACKEND[,PROTOCOL]]}, or xl's
 * positional {@code target,format,vdev,access} mixed with {@code key=value}
 * items (xl-disk-configuration(5)). Each field keeps its source range.
 *
 * @param prefix  xm: the UNAME type ({@code phy}, {@code file}, {@code tap:aio});
 *                xl: the deprecated prefix(es) in front of the target, if any
 * @param ioemu   the {@code ioemu:} in front of the device name, if present
 * @param flags   xl flags and keys other than the named fields ({@code discard}, {@code backendtype=...})
 */
public record DiskSpec(Value.Str source, Dialect syntax, Field target, Field format, Field vdev, Field access,
                       Field devtype, Field backend, Field script, Field prefix, Field ioemu,
                       Map<String, Field> flags, List<SpecProblem> problems) {

    private static final Set<String> XL_KEYS = Set.of("target", "format", "vdev", "access", "devtype", "backend",
            "backendtype", "specification", "script", "grant_usage", "colo-host", "colo-port", "colo-export",
            "active-disk", "hidden-disk");
    private static final Set<String> XL_FLAGS = Set.of("cdrom", "direct-io-safe", "discard", "no-discard",
            "trusted", "untrusted", "colo", "no-colo");
    private static final Set<String> XL_FORMATS = Set.of("raw", "qcow", "qcow2", "vhd", "qed", "empty");
    private static final Set<String> XL_IGNORED_PREFIXES = Set.of("tapdisk", "tap", "tap2", "aio", "ioemu", "file",
            "phy");
    private static final Set<String> XL_FORMAT_PREFIXES = Set.of("raw", "qcow", "qcow2", "vhd");
    private static final Set<String> XL_SCRIPT_PREFIXES = Set.of("iscsi", "nbd", "enbd", "drbd");

    /** The host path or device (libxl {@code pdev_path}); null for an empty CD-ROM drive. */
    public String pdevPath() {
        return target == null || target.isEmpty() ? null : target.text();
    }

    /**
     * libxl's {@code pdev_path} exactly: "" when the target was given empty (an
     * empty CD-ROM written {@code ,hdc:cdrom,r} or {@code target=}), null when
     * no target was given at all ({@code vdev=hdc,devtype=cdrom}).
     */
    public String libxlPdevPath() {
        return target == null ? null : target.text();
    }

    /**
     * The disk as libxl's JSON shows it (field names of libxl_device_disk, as
     * {@code xl -N block-attach} prints them): pdev_path, vdev, backend,
     * format, script, removable, readwrite, is_cdrom and the set defbools.
     * A CD-ROM is removable and read-only; an unset format is raw, an empty
     * CD-ROM's is empty (tools/libs/util/libxlu_disk.c at c447b7308b).
     */
    public Map<String, Object> libxlFields() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("pdev_path", syntax == Dialect.XL ? libxlPdevPath() : pdevPath());
        out.put("vdev", vdev == null ? null : vdev.text());
        Field backendType = flags.get("backendtype");
        if (backendType != null) {
            out.put("backend", backendType.text());
        }
        out.put("format", formatName());
        out.put("script", scriptName());
        out.put("removable", isCdrom() ? 1 : 0);
        out.put("readwrite", readwrite() ? 1 : 0);
        out.put("is_cdrom", isCdrom() ? 1 : 0);
        out.put("backend_domname", backend == null ? null : backend.text());
        if (flags.containsKey("discard") || flags.containsKey("no-discard")) {
            out.put("discard_enable", flags.containsKey("discard") ? "True" : "False");
        }
        if (flags.containsKey("trusted") || flags.containsKey("untrusted")) {
            out.put("trusted", flags.containsKey("trusted") ? "True" : "False");
        }
        return out;
    }

    public boolean isCdrom() {
        return devtype != null && devtype.text().equals("cdrom") || flags.containsKey("cdrom");
    }

    /** Whether the guest may write (libxl {@code readwrite}); CD-ROMs are always read-only in xl. */
    public boolean readwrite() {
        if (syntax == Dialect.XL && isCdrom()) {
            return false;
        }
        if (access == null) {
            return syntax == Dialect.XL;
        }
        String a = access.text();
        return a.startsWith("w") || a.equals("rw") || a.isEmpty() && syntax == Dialect.XL;
    }

    /** Image format (libxl {@code format}): given, implied by a prefix, or the default. */
    public String formatName() {
        if (format != null && !format.isEmpty()) {
            return format.text();
        }
        if (syntax == Dialect.XM && prefix != null) {
            String p = prefix.text();
            int colon = p.lastIndexOf(':');
            String sub = colon < 0 ? p : p.substring(colon + 1);
            if (p.startsWith("tap") && Set.of("qcow", "qcow2", "vhd", "vmdk").contains(sub)) {
                return sub;
            }
        }
        if (pdevPath() == null && (syntax == Dialect.XM || isCdrom())) {
            return "empty";
        }
        return "raw";
    }

    /** The block hotplug script (libxl {@code script}), given or implied by a prefix. */
    public String scriptName() {
        if (script != null && syntax == Dialect.XL && prefix != null && script.to() <= prefix.to()
                && XL_SCRIPT_PREFIXES.contains(script.text())) {
            return "block-" + script.text(); // the iscsi: prefix names the script block-iscsi
        }
        if (script != null) {
            return script.text();
        }
        if (prefix == null) {
            return null;
        }
        String p = prefix.text();
        String type = p.contains(":") ? p.substring(0, p.indexOf(':')) : p;
        if (syntax == Dialect.XM && !Set.of("phy", "file", "tap", "tap2").contains(type)) {
            return "block-" + type;
        }
        if (syntax == Dialect.XL && XL_SCRIPT_PREFIXES.contains(type)) {
            return "block-" + type;
        }
        return null;
    }

    public static DiskSpec parse(Value.Str value, Dialect dialect) {
        return dialect == Dialect.XM ? parseXm(value) : parseXl(value);
    }

    private static DiskSpec parseXm(Value.Str value) {
        List<SpecProblem> problems = new ArrayList<>();
        List<Field> fields = Field.of(value).split(',');
        if (fields.size() < 3 || fields.size() > 5) {
            problems.add(SpecProblem.at(Field.of(value), "xm expects 3 to 5 comma-separated fields "
                    + "(UNAME,DEV,MODE[,BACKEND[,PROTOCOL]]); this entry has " + fields.size()));
        }
        Field uname = fields.get(0);
        Field prefix = null;
        Field target = uname;
        int colon = uname.indexOf(':');
        if (colon >= 0) {
            String type = uname.text().substring(0, colon);
            int end = colon;
            if (type.equals("tap") || type.equals("tap2")) {
                // tap:SUB:PATH and tap:tapdisk:SUB:PATH
                int second = uname.sub(colon + 1, uname.text().length()).indexOf(':');
                if (second >= 0) {
                    end = colon + 1 + second;
                    String sub = uname.text().substring(colon + 1, end);
                    if (sub.equals("tapdisk") || sub.equals("ioemu")) {
                        int third = uname.sub(end + 1, uname.text().length()).indexOf(':');
                        if (third >= 0) {
                            end = end + 1 + third;
                        }
                    }
                }
            }
            prefix = uname.sub(0, end);
            target = uname.sub(end + 1, uname.text().length());
        }
        Field ioemu = null;
        Field vdev = null;
        Field devtype = null;
        if (fields.size() > 1) {
            Field dev = fields.get(1);
            if (dev.text().startsWith("ioemu:")) {
                ioemu = dev.sub(0, 6);
                dev = dev.sub(6, dev.text().length());
            }
            int c = dev.indexOf(':');
            if (c >= 0) {
                devtype = dev.sub(c + 1, dev.text().length());
                dev = dev.sub(0, c);
            }
            vdev = dev;
        }
        Field access = fields.size() > 2 ? fields.get(2) : null;
        Field backend = fields.size() > 3 ? fields.get(3) : null;
        Map<String, Field> flags = new LinkedHashMap<>();
        if (fields.size() > 4) {
            flags.put("protocol", fields.get(4));
        }
        return new DiskSpec(value, Dialect.XM, target, null, vdev, access, devtype, backend, null, prefix, ioemu,
                flags, List.copyOf(problems));
    }

    private static DiskSpec parseXl(Value.Str value) {
        List<SpecProblem> problems = new ArrayList<>();
        Map<String, Field> named = new LinkedHashMap<>();
        Map<String, Field> flags = new LinkedHashMap<>();
        List<Field> positional = new ArrayList<>();
        Field prefix = null;
        Field ioemu = null;
        boolean sawPrefix = false;
        Field whole = Field.of(value);
        List<Field> items = new ArrayList<>();
        // target= takes the rest of the string, commas included
        int targetKey = findTargetKey(value.value());
        if (targetKey >= 0) {
            items.addAll(whole.sub(0, targetKey).split(','));
            items.remove(items.size() - 1);
            items.add(whole.sub(targetKey, value.value().length()).trim());
        } else {
            items.addAll(whole.split(','));
            if (items.size() > 1 && items.get(items.size() - 1).isEmpty()) {
                // libxlu_disk_l.l: an empty positional field needs a comma after it ("[^=,]*,"),
                // so the nothing after a final comma is no field
                items.remove(items.size() - 1);
            }
        }
        for (Field item : items) {
            if (item.isEmpty() && items.size() == 1) {
                break;
            }
            String word = item.text();
            int eq = word.indexOf('=');
            if (eq >= 0) {
                String key = word.substring(0, eq).trim();
                Field val = item.sub(eq + 1, word.length()).trim();
                if (!XL_KEYS.contains(key)) {
                    problems.add(SpecProblem.at(item.sub(0, eq).trim(), "unknown disk parameter `" + key + "`"));
                    continue;
                }
                if (named.containsKey(key)) {
                    problems.add(SpecProblem.at(item, "`" + key + "` is given twice in one disk entry"));
                }
                named.put(key, val);
                continue;
            }
            if (XL_FLAGS.contains(word)) {
                flags.put(word, item);
                continue;
            }
            Field rest = item;
            if (positional.isEmpty()) {
                // deprecated prefixes in front of the target: raw:, phy:, tap:aio:, iscsi:, ...
                while (true) {
                    int colon = rest.indexOf(':');
                    String p = colon <= 0 ? null : rest.text().substring(0, colon);
                    if (p == null || !isPrefixWord(p)) {
                        break;
                    }
                    if (XL_FORMAT_PREFIXES.contains(p)) {
                        named.putIfAbsent("format", rest.sub(0, colon));
                    } else if (XL_SCRIPT_PREFIXES.contains(p)) {
                        named.putIfAbsent("script", rest.sub(0, colon));
                    } else if (!XL_IGNORED_PREFIXES.contains(p)) {
                        problems.add(SpecProblem.at(rest.sub(0, colon + 1), "unknown disk prefix `" + p + ":`"));
                    }
                    Field span = rest.sub(0, colon + 1);
                    prefix = prefix == null ? span : new Field(value, prefix.from(), span.to());
                    sawPrefix = true;
                    rest = rest.sub(colon + 1, rest.text().length());
                }
            }
            positional.add(rest);
        }
        Field target = named.get("target");
        Field format = named.get("format");
        Field vdev = named.get("vdev");
        Field access = named.get("access");
        Field devtype = named.get("devtype");
        int next = 0;
        if (target == null && next < positional.size()) {
            target = positional.get(next++);
        }
        if (next < positional.size() && format == null && !sawPrefix) {
            Field p = positional.get(next);
            // xm's empty CD-ROM form ",hdc:cdrom,r": the second field is the device, not a format
            boolean emptyCdromForm = target != null && target.isEmpty() && p.indexOf(':') > 0;
            if (!emptyCdromForm) {
                format = p;
                next++;
            }
        }
        if (next < positional.size() && vdev == null) {
            vdev = positional.get(next++);
        }
        if (next < positional.size() && access == null) {
            access = positional.get(next++);
        }
        while (next < positional.size()) {
            problems.add(SpecProblem.at(positional.get(next++),
                    "too many positional fields; xl reads target, format, vdev and access"));
        }
        if (vdev != null && vdev.text().startsWith("ioemu:")) {
            ioemu = vdev.sub(0, 6);
            vdev = vdev.sub(6, vdev.text().length());
        }
        if (vdev != null && devtype == null) {
            int c = vdev.indexOf(':');
            if (c >= 0) {
                devtype = vdev.sub(c + 1, vdev.text().length());
                vdev = vdev.sub(0, c);
            }
        }
        if (format != null && !format.isEmpty() && !XL_FORMATS.contains(format.text())) { // strcmp: QCOW2 is refused
            problems.add(SpecProblem.at(format, "unknown disk format `" + format.text()
                    + "`; xl accepts raw, qcow, qcow2, vhd, qed or empty"));
        }
        if (access != null && !Set.of("", "r", "ro", "w", "rw").contains(access.text())) {
            problems.add(SpecProblem.at(access, "access `" + access.text() + "` is not r, ro, w or rw"));
        }
        if (devtype != null && !devtype.text().equals("cdrom") && !devtype.text().equals("disk")) {
            problems.add(SpecProblem.at(devtype, "device type `" + devtype.text() + "` is not cdrom or disk"));
        }
        for (String key : List.of("backendtype", "specification", "grant_usage", "colo-host", "colo-port",
                "colo-export", "active-disk", "hidden-disk")) {
            if (named.containsKey(key)) {
                flags.put(key, named.get(key));
            }
        }
        return new DiskSpec(value, Dialect.XL, target, format, vdev, access, devtype, named.get("backend"),
                named.get("script"), prefix, ioemu, flags, List.copyOf(problems));
    }

    private static boolean isPrefixWord(String s) {
        if (s.isEmpty() || s.charAt(0) < 'a' || s.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** Offset of a {@code target=} item (at the start or after a comma), or -1. */
    private static int findTargetKey(String s) {
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
                j++;
            }
            if (s.startsWith("target=", j)) {
                return j;
            }
            int comma = s.indexOf(',', i);
            if (comma < 0) {
                return -1;
            }
            i = comma + 1;
        }
        return -1;
    }
}
