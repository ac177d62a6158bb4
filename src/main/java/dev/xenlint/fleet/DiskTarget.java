package dev.xenlint.fleet;

import dev.xenlint.model.Dialect;
import dev.xenlint.model.DiskSpec;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The identity of what a disk entry opens on the host, so that two spellings of one target
 * compare equal: {@code phy:/dev/vg0/web}, {@code /dev/mapper/vg0-web}, {@code target=/dev/vg0//web}.
 * Only the text is compared (no file-system access): two different names for one file through a
 * symbolic link are not recognised.
 */
final class DiskTarget {

    private DiskTarget() {
    }

    /** A comparable key, or null for an empty drive or a target whose identity is unknown. */
    static String key(DiskSpec disk) {
        String path = disk.pdevPath();
        if (path == null || path.isEmpty()) {
            return null;
        }
        String script = disk.scriptName();
        if (script != null && !script.equals("block")) {
            return script + ":" + path; // iscsi, nbd, drbd: a name the script resolves, compared as written
        }
        String type = disk.prefix() == null ? "" : disk.prefix().text();
        if (disk.syntax() == Dialect.XM && type.equals("phy") && !path.startsWith("/")) {
            path = "/dev/" + path; // xm's blkif.py expands a bare device name
        }
        if (!path.startsWith("/")) {
            return "relative:" + path;
        }
        return lvm(normalise(path));
    }

    /** Removes {@code .}, {@code ..} and repeated slashes, as the kernel resolves them (links aside). */
    static String normalise(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return "/" + String.join("/", parts);
    }

    /**
     * {@code /dev/mapper/VG-LV} names the same logical volume as {@code /dev/VG/LV}; device-mapper
     * doubles a hyphen inside either name ({@code my--vg-root} is VG {@code my-vg}, LV {@code root}).
     */
    static String lvm(String path) {
        String prefix = "/dev/mapper/";
        if (!path.startsWith(prefix)) {
            return path;
        }
        String name = path.substring(prefix.length());
        if (name.contains("/")) {
            return path;
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) != '-') {
                continue;
            }
            if (i + 1 < name.length() && name.charAt(i + 1) == '-') {
                i++; // a doubled hyphen belongs to a name
                continue;
            }
            if (i == 0 || i == name.length() - 1) {
                return path;
            }
            String vg = name.substring(0, i).replace("--", "-");
            String lv = name.substring(i + 1).replace("--", "-");
            return "/dev/" + vg + "/" + lv;
        }
        return path; // no single hyphen: not a VG-LV name
    }
}
