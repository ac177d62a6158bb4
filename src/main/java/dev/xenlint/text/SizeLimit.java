package dev.xenlint.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * The one size limit of xenlint: a domain configuration is at most
 * {@link #MAX_BYTES} bytes. Files, devices, pipes and standard input are all
 * read through {@link #read(InputStream, String)}, which never takes more than
 * one byte beyond the limit, whatever size the file claims ({@code /dev/zero}
 * claims 0); everything that writes a configuration refuses to write more.
 */
public final class SizeLimit {

    /** Largest configuration read or written: 1 MiB. */
    public static final int MAX_BYTES = 1 << 20;

    private SizeLimit() {
    }

    /** A file beyond the limit; the message names it and both sizes. */
    public static final class TooLargeException extends IOException {
        public TooLargeException(String message) {
            super(message);
        }
    }

    /** Reads a file (or a device or FIFO named explicitly) up to the limit. */
    public static byte[] read(Path path) throws IOException {
        String name = path.toString();
        long size = -1;
        if (Files.isRegularFile(path)) {
            size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new TooLargeException(tooLarge(name, size));
            }
        }
        try (InputStream in = Files.newInputStream(path)) {
            if (size < 0) {
                return read(in, name);
            }
            // the size the file claims, read into one array of that size (no chunks to join); a file
            // that grew since is read on up to the limit, one that shrank is cut to what was read
            byte[] bytes = new byte[(int) size];
            int n = in.readNBytes(bytes, 0, bytes.length);
            if (n < bytes.length) {
                return Arrays.copyOf(bytes, n);
            }
            byte[] rest = in.readNBytes(MAX_BYTES + 1 - n);
            if (rest.length == 0) {
                return bytes;
            }
            byte[] all = Arrays.copyOf(bytes, n + rest.length);
            System.arraycopy(rest, 0, all, n, rest.length);
            return checked(all, name);
        }
    }

    /** Reads a stream up to the limit; {@code name} is used in the message when it holds more. */
    public static byte[] read(InputStream in, String name) throws IOException {
        return checked(in.readNBytes(MAX_BYTES + 1), name);
    }

    private static byte[] checked(byte[] bytes, String name) throws TooLargeException {
        if (bytes.length > MAX_BYTES) {
            throw new TooLargeException(name + " holds more than " + human(MAX_BYTES) + "; xenlint reads files up to "
                    + human(MAX_BYTES));
        }
        return bytes;
    }

    /** "NAME is 4.8 MiB; xenlint reads files up to 1 MiB". */
    public static String tooLarge(String name, long bytes) {
        return name + " is " + human(bytes) + "; xenlint reads files up to " + human(MAX_BYTES);
    }

    /**
     * A size for people: whole units when exact ("1 MiB"), else one decimal
     * rounded up, so a size just over a limit never prints as the limit
     * ("1.1 MiB", "4.8 MiB", "12.5 KiB", "300 bytes").
     */
    public static String human(long bytes) {
        long kib = 1024;
        long mib = kib * 1024;
        if (bytes >= mib) {
            return unit(bytes, mib, "MiB");
        }
        if (bytes >= kib) {
            return unit(bytes, kib, "KiB");
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    private static String unit(long bytes, long unit, String name) {
        if (bytes % unit == 0) {
            return bytes / unit + " " + name;
        }
        long tenths = (bytes * 10 + unit - 1) / unit;
        return String.format(Locale.ROOT, "%d.%d %s", tenths / 10, tenths % 10, name);
    }
}
