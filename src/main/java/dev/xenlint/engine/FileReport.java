package dev.xenlint.engine;

import dev.xenlint.lint.Diagnostic;
import dev.xenlint.text.SourceText;
import java.nio.file.Path;
import java.util.List;

/**
 * What a run learned about one input, handed to a {@link Reporter} in input order.
 *
 * @param displayPath the name to show (as given on the command line, or the stdin name)
 * @param path        the file on disk, or null for standard input and editor buffers
 * @param source      the text the diagnostics refer to (after fixes, when fixes were applied and kept);
 *                    null when the input could not be read
 * @param diagnostics findings, sorted by position (empty when unreadable)
 * @param error       why the input could not be read or analysed, or null
 * @param fixes       what {@code --fix} or {@code --diff} did, or null when fixing was not asked for
 *                    (and for unreadable inputs)
 */
public record FileReport(String displayPath, Path path, SourceText source, List<Diagnostic> diagnostics,
                         String error, Fixes fixes) {

    public FileReport {
        diagnostics = List.copyOf(diagnostics);
    }

    public FileReport(String displayPath, Path path, SourceText source, List<Diagnostic> diagnostics, String error) {
        this(displayPath, path, source, diagnostics, error, null);
    }

    /**
     * The fixing of one file.
     *
     * @param original the text before fixes (as read)
     * @param fixed    the text after the fixes that applied (equal to {@code original} when none)
     * @param applied  how many fixes were applied to {@code fixed}
     * @param status   what happened to the fixed text
     * @param reason   why it was not written ({@link Status#REFUSED}), else null
     */
    public record Fixes(SourceText original, SourceText fixed, int applied, Status status, String reason) {

        public enum Status {
            /** No fix applied; nothing to write. */
            UNCHANGED,
            /** The fixed text was written to the file. */
            WRITTEN,
            /** The fixed text differs but was only shown ({@code --diff}) or printed (standard input). */
            PREVIEWED,
            /** The file could not be written ({@code reason} says why); the findings are those on disk. */
            REFUSED
        }

        public boolean changed() {
            return !fixed.text().equals(original.text()) || fixed.hasBom() != original.hasBom();
        }
    }

    public static FileReport failed(String displayPath, Path path, String error) {
        return new FileReport(displayPath, path, null, List.of(), error, null);
    }

    public boolean readable() {
        return error == null;
    }
}
