package dev.xenlint.workspace;

import dev.xenlint.config.ConfigException;
import dev.xenlint.model.KeyCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a walk of a directory takes, as a Xen host holds it ({@code /etc/xen}):
 * <ul>
 * <li>files with a domain configuration's extension ({@code .cfg .conf .xl .xm .hvm .pv}), and files
 *     without an extension whose first 4 KiB assign a key xl or xm reads ({@code /etc/xen/web});</li>
 * <li>not the toolstack's own files ({@code xl.conf}, {@code xend-config*.sxp}, {@code xend-pci-*.sxp},
 *     {@code cpupool*}), nor the {@code scripts/} folder, nor backups and package leftovers ({@code *~},
 *     {@code *.bak}, {@code *.orig}, {@code *.rpmnew}, {@code *.rpmsave}, {@code *.dpkg-*}, {@code #*#}),
 *     nor hidden entries;</li>
 * <li>each file once: a file reached twice (the symlinks of {@code auto/}) is taken under the path met
 *     first in sorted order; symlinked directories are not followed;</li>
 * <li>{@code include}/{@code exclude} of the configuration rule over all of this.</li>
 * </ul>
 * Files named explicitly are always taken (once: a file named again, or already taken by a walk, is
 * not taken twice). A directory that cannot be read is reported and the rest
 * of the walk goes on.
 */
public final class Discovery {

    /** Name used for standard input. */
    public static final String STDIN = "-";

    private static final List<String> CONFIG_EXTENSIONS = List.of(".cfg", ".conf", ".xl", ".xm", ".hvm", ".pv");
    private static final int SNIFF_BYTES = 4096;

    /** A file or directory a walk left out, and why (for {@code --verbose}). */
    public record Skipped(Path path, String reason) {
    }

    private Discovery() {
    }

    /**
     * The inputs to check: explicit files and {@code -} as given, directories expanded into the files
     * their configuration takes.
     *
     * @param errors  receives unreadable directories, configuration errors and walks that found nothing
     * @param skipped receives what a walk left out and why
     */
    public static List<String> expand(List<String> args, Workspace workspace, List<String> errors,
                                      Consumer<Skipped> skipped) {
        return expand(args, workspace, errors, skipped, LIST);
    }

    /** {@link #list}, as a class rather than a method reference: see StartupPathTest. */
    private static final Lister LIST = new Lister() {
        @Override
        public List<Path> list(Path dir) throws IOException {
            return Discovery.list(dir);
        }
    };

    /** How a walk lists one directory's entries; a seam for tests (root reads every directory). */
    interface Lister {
        List<Path> list(Path dir) throws IOException;
    }

    static List<String> expand(List<String> args, Workspace workspace, List<String> errors,
                               Consumer<Skipped> skipped, Lister lister) {
        List<String> out = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        // the files taken so far by what identifies them on disk (device and inode)
        Map<Object, Path> byKey = new HashMap<>();
        for (String arg : args) {
            if (arg.isEmpty()) {
                // Path.of("") is the current directory; an empty argument is an unset variable far more often than a wish to walk it
                errors.add("an empty path was given (an unset variable?); name a file or a directory, \".\" for this one");
                continue;
            }
            Path p = Path.of(arg);
            if (arg.equals(STDIN) || !Files.isDirectory(p)) {
                BasicFileAttributes a = arg.equals(STDIN) ? null : attributes(p);
                Path same = a != null && a.isRegularFile() && a.fileKey() != null
                        ? sameAsTaken(p, a.fileKey(), byKey, seen) : null;
                if (same != null) { // `check a.cfg a.cfg`, `check /etc/xen /etc/xen/a.cfg`: checked once
                    skipped.accept(new Skipped(p, "the same file as one already taken (" + same + ")"));
                    continue;
                }
                out.add(arg);
                continue;
            }
            List<Path> candidates = new ArrayList<>();
            Map<Path, Object> keys = new HashMap<>();
            List<Path> top;
            try {
                top = lister.list(p);
            } catch (IOException | java.nio.file.DirectoryIteratorException e) {
                // nothing below it was seen: one error, not a walk that "found nothing"
                errors.add("cannot read directory " + p + ": " + describe(e));
                continue;
            }
            walk(top, candidates, keys, errors, skipped, lister);
            candidates.sort(null);
            boolean found = false; // a file of the walk taken, now or before (named on the command line too)
            for (Path f : candidates) {
                try {
                    String reason = reasonToSkip(f);
                    boolean taken = workspace.configFor(f).takes(f, reason == null);
                    if (!taken) {
                        skipped.accept(new Skipped(f, reason != null ? reason : "excluded by the configuration"));
                        continue;
                    }
                    Path same = sameAsTaken(f, keys.get(f), byKey, seen);
                    found = true;
                    if (same != null) {
                        skipped.accept(new Skipped(f, "the same file as one already taken (" + same + ")"));
                        continue;
                    }
                    out.add(f.toString());
                } catch (ConfigException e) {
                    if (!errors.contains(e.getMessage())) {
                        errors.add(e.getMessage());
                    }
                }
            }
            if (!found) {
                errors.add("no configuration files found in " + arg);
            }
        }
        return out;
    }

    /**
     * Records {@code f} as taken and returns null, or returns the file already taken that it is. {@code key}
     * is its identity on disk (device and inode: a symbolic or a hard link to a file taken is that file);
     * when the system gives none, its real path is compared with those of the other files without one.
     */
    private static Path sameAsTaken(Path f, Object key, Map<Object, Path> taken, Set<Path> unkeyed) {
        if (key == null) {
            Path real = realPath(f);
            return unkeyed.add(real) ? null : real;
        }
        Path before = taken.putIfAbsent(key, f);
        return before;
    }

    /**
     * Collects the regular files below {@code dir} (links to files included, and links to nothing, which the
     * check then reports as unreadable), leaving out hidden entries and scripts/, with what identifies each on disk (its attributes' file key) in {@code keys}.
     */
    private static void walk(List<Path> entries, List<Path> out, Map<Path, Object> keys, List<String> errors,
                             Consumer<Skipped> skipped, Lister lister) {
        for (Path e : entries) {
            String name = e.getFileName().toString();
            if (name.startsWith(".")) {
                skipped.accept(new Skipped(e, "hidden"));
                continue;
            }
            BasicFileAttributes own = attributes(e, LinkOption.NOFOLLOW_LINKS);
            BasicFileAttributes target = own != null && own.isSymbolicLink() ? attributes(e) : own;
            if (own != null && own.isDirectory()) {
                if (name.equals("scripts")) {
                    skipped.accept(new Skipped(e, "the toolstack's hotplug scripts"));
                } else {
                    List<Path> below;
                    try {
                        below = lister.list(e);
                    } catch (IOException | java.nio.file.DirectoryIteratorException x) {
                        errors.add("cannot read directory " + e + ": " + describe(x) + "; the rest was checked");
                        continue;
                    }
                    walk(below, out, keys, errors, skipped, lister);
                }
            } else if (target != null && target.isRegularFile()) {
                out.add(e);
                Object key = target.fileKey();
                if (key != null) {
                    keys.put(e, key);
                }
            } else if (target != null && target.isDirectory()) {
                skipped.accept(new Skipped(e, "a link to a directory (not followed)"));
            } else if (own == null || own.isSymbolicLink() && target == null) {
                // a link to a file that is gone (an autostart link left behind), or an entry that cannot be
                // looked at: taken like any file, so that the check says why it cannot be read
                out.add(e);
            }
        }
    }

    /** A file's attributes, or null when they cannot be read (it is then neither a file nor a directory). */
    private static BasicFileAttributes attributes(Path p, LinkOption... options) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, options);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /** Why a walk leaves a file out by default, or null when it takes it. */
    static String reasonToSkip(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.endsWith("~") || lower.endsWith(".bak") || lower.endsWith(".orig") || lower.endsWith(".rpmnew")
                || lower.endsWith(".rpmsave") || lower.contains(".dpkg-") || name.startsWith("#") && name.endsWith("#")) {
            return "a backup or package leftover";
        }
        if (lower.equals("xl.conf")) {
            return "xl's own settings, not a domain";
        }
        if (lower.startsWith("xend-config") && lower.endsWith(".sxp") || lower.startsWith("xend-pci-")
                && lower.endsWith(".sxp")) {
            return "xend's own settings, not a domain";
        }
        if (lower.startsWith("cpupool")) {
            return "a cpupool definition, not a domain";
        }
        for (String extension : CONFIG_EXTENSIONS) {
            if (lower.endsWith(extension)) {
                return null;
            }
        }
        if (name.indexOf('.') >= 0) {
            return "not a domain configuration's extension";
        }
        return looksLikeDomainConfig(file) ? null : "no extension, and its content is not a domain configuration";
    }

    /**
     * Whether a file without an extension is a domain configuration: its first 4 KiB hold no NUL and
     * some line assigns a key that xl or xm reads ({@code memory = 512}, {@code name="web"}).
     */
    static boolean looksLikeDomainConfig(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            return true; // let the check report why it cannot be read
        }
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        KeyCatalogue keys = KeyCatalogue.get();
        for (String line : new String(head, StandardCharsets.ISO_8859_1).split("\n")) {
            String s = line.strip();
            int eq = s.indexOf('=');
            if (eq <= 0 || s.startsWith("#")) {
                continue;
            }
            String key = s.substring(0, eq).strip();
            if (key.endsWith("+")) {
                key = key.substring(0, key.length() - 1).strip();
            }
            if (keys.key(key) != null) {
                return true;
            }
        }
        return false;
    }

    /** A directory's entries, sorted. */
    private static List<Path> list(Path dir) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path e : stream) {
                entries.add(e);
            }
        }
        entries.sort(null);
        return entries;
    }

    private static Path realPath(Path f) {
        try {
            return f.toRealPath();
        } catch (IOException e) {
            return f.toAbsolutePath().normalize();
        }
    }

    /** An I/O failure in words ("no such file or directory"), for messages that name the path themselves. */
    public static String describe(Exception e) {
        Throwable t = e instanceof java.io.UncheckedIOException || e.getCause() instanceof IOException
                ? e.getCause() : e;
        if (t instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (t instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (t instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            // the system's reason alone: the exception's message repeats the path the caller names
            String reason = f.getReason();
            if (reason.startsWith("Too many levels of symbolic links")) {
                return "too many levels of symbolic links (a link that leads back to itself?)";
            }
            return reason.isEmpty() ? reason : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
        }
        String msg = t.getMessage();
        return msg == null ? t.getClass().getSimpleName() : msg;
    }
}
