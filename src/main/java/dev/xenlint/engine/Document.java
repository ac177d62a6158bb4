package dev.xenlint.engine;

import dev.xenlint.text.SourceText;
import java.nio.file.Path;

/**
 * One configuration file as the engine sees it: on disk or held in memory by an editor.
 *
 * @param displayPath the name to show in findings
 * @param path        where it lives on disk (used to find its {@code .xenlint.toml}); null for standard
 *                    input or an unsaved buffer
 * @param version     the editor's version number, or 0 for files read from disk
 * @param source      the text
 */
public record Document(String displayPath, Path path, int version, SourceText source) {
}
