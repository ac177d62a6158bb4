package dev.xenlint.report;

import dev.xenlint.lint.Diagnostic;
import dev.xenlint.text.SourceText;
import java.nio.file.Path;
import java.util.List;

/**
 * What a run learned about one input, handed to a {@link Reporter} in input order.
 *
 * @param displayPath the name to show (as given on the command line, or the stdin name)
 * @param path        the file on disk, or null for standard input and editor buffers
 * @param source      the text the diagnostics refer to (after fixes, when fixes were applied);
 *                    null when the input could not be read
 * @param diagnostics findings, sorted by position (empty when unreadable)
 * @param error       why the input could not be read or analysed, or null
 */
public record FileReport(String displayPath, Path path, SourceText source, List<Diagnostic> diagnostics,
                         String error) {

    public static FileReport failed(String displayPath, Path path, String error) {
        return new FileReport(displayPath, path, null, List.of(), error);
    }

    public boolean readable() {
        return error == null;
    }
}
