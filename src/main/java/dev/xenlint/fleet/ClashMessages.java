package dev.xenlint.fleet;

import dev.xenlint.fleet.Claim.Use;
import java.util.List;

/** What a clash means for the guests, in words; each fact is cited in the rule's document. */
final class ClashMessages {

    private ClashMessages() {
    }

    static String message(Fleet.Clash clash, List<String> otherPaths) {
        Claim c = clash.claim();
        String others = names(otherPaths);
        return switch (c.resource()) {
            case NAME -> "guest name `" + c.shown() + "` is also used by " + others
                    + ": the toolstack refuses to start a guest while one with its name is running";
            case UUID -> "UUID `" + c.shown() + "` is also used by " + others
                    + ": the guest started second replaces the first one's /vm/" + c.key()
                    + " entry in xenstore, and tools that look guests up by UUID find only one";
            case MAC -> "MAC address `" + c.shown() + "` is also used by " + others
                    + ": when both guests run, their interfaces fight over one address on the network";
            case DISK -> disk(clash, others);
            case VNC -> clash.severity() == dev.xenlint.lint.Severity.WARNING
                    ? "VNC display " + c.shown() + " is also asked for by " + others
                    + ": the guest started second gets the next free display instead (vncunused is on)"
                    : "VNC display " + c.shown() + " is also used by " + others
                    + ", and vncunused = 0 keeps one of them from moving: the device model started second "
                    + "cannot listen on it and its guest does not start";
            case SPICE -> "SPICE port " + c.shown() + " is also used by " + others
                    + ": the device model started second cannot listen on it and its guest does not start";
            case VIFNAME -> "interface name `" + c.shown() + "` is also used by " + others
                    + ": the hotplug script of the guest started second cannot rename its interface to a name "
                    + "that exists, and the guest does not start";
            case PCI -> "PCI device " + c.key() + " is also passed through to " + others
                    + ": a device is assigned to one guest at a time, so the guest started second fails";
        };
    }

    private static String disk(Fleet.Clash clash, String others) {
        Claim c = clash.claim();
        String target = "`" + c.shown() + "`";
        if (clash.severity() == dev.xenlint.lint.Severity.ERROR) {
            return target + " is writable by this guest and by " + others + ": if both run, the data on it is "
                    + "corrupted (only disks attached through the block hotplug script are checked for a second "
                    + "writer, not disks served by qemu)";
        }
        return c.use() == Use.READ
                ? target + " is read-only here but writable by " + others + ": this guest sees the disk change "
                        + "under it, which its file system does not expect"
                : target + " is writable by this guest and read by " + others + ", which sees the disk change "
                        + "under it";
    }

    /** The related-location message on the other file's claim. */
    static String related(Claim theirs) {
        return switch (theirs.resource()) {
            case DISK -> theirs.use() == Use.READ ? "read-only there" : "writable there";
            default -> "also set there";
        };
    }

    private static String names(List<String> paths) {
        if (paths.size() == 1) {
            return paths.get(0);
        }
        if (paths.size() <= 3) {
            return String.join(", ", paths.subList(0, paths.size() - 1)) + " and " + paths.get(paths.size() - 1);
        }
        return String.join(", ", paths.subList(0, 2)) + " and " + (paths.size() - 2) + " other files";
    }
}
