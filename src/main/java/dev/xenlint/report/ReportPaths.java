package dev.xenlint.report;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * How CI formats name a file: relative to the directory the run started in (the repository root, in
 * CI), with forward slashes, so that code scanning, merge-request widgets and annotations find it.
 */
public final class ReportPaths {

    private ReportPaths() {
    }

    /**
     * The file's path relative to {@code root} with {@code /} separators, or null when it lies outside
     * {@code root} (or has no usable path at all).
     *
     * @param path the file on disk, or null: then {@code displayPath} is taken as a path
     */
    public static String relative(Path root, String displayPath, Path path) {
        Path file = path != null ? path : asPath(displayPath);
        if (file == null) {
            return null;
        }
        Path abs = file.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        if (!abs.startsWith(base) || abs.equals(base)) {
            return null;
        }
        return base.relativize(abs).toString().replace('\\', '/');
    }

    /** The relative path when there is one, else the name as displayed (an absolute path, {@code <stdin>}). */
    public static String shown(Path root, String displayPath, Path path) {
        String rel = relative(root, displayPath, path);
        return rel != null ? rel : displayPath.replace('\\', '/');
    }

    private static Path asPath(String displayPath) {
        if (displayPath == null || displayPath.isEmpty() || displayPath.startsWith("<")) {
            return null;
        }
        try {
            return Path.of(displayPath);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
