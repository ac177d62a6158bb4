package dev.xenlint.fleet;

import dev.xenlint.text.TextRange;

/**
 * One guest's claim on a host resource, reduced to what comparing guests needs.
 *
 * @param resource what is claimed
 * @param key      the normalised identity that two claims must share to clash
 *                 ({@code 00:16:3e:00:00:01}, {@code /dev/vg0/web}, {@code 127.0.0.1:5901})
 * @param shown    the value as the file writes it, for messages
 * @param range    where the file claims it
 * @param use      how it is claimed
 */
public record Claim(Resource resource, String key, String shown, TextRange range, Use use) {

    /** How a resource is used; only disks and VNC displays have more than one way. */
    public enum Use {
        /** Exclusively: a second claim is a clash. */
        EXCLUSIVE,
        /** A disk opened read-only: clashes only with a writer, and then mildly. */
        READ,
        /** A disk opened for writing with sharing explicitly allowed ({@code w!}). */
        SHARED_WRITE,
        /** A VNC display asked for with {@code vncunused} on: the device model moves to a free one. */
        PREFERRED
    }
}
