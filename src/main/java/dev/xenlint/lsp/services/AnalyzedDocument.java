package dev.xenlint.lsp.services;

import dev.xenlint.analysis.Analysis;
import dev.xenlint.analysis.LintOptions;
import dev.xenlint.engine.Document;
import dev.xenlint.format.Formatter;
import dev.xenlint.workspace.FileSettings;

/**
 * One version of an open document with what xenlint made of it under its configuration: what
 * every feature service reads.
 *
 * @param uri           the document's URI as the client names it
 * @param document      path, version and text
 * @param options       the lint options from its {@code .xenlint.toml}
 * @param formatOptions the {@code [format]} settings that apply
 * @param analysis      the analysis of exactly this text
 * @param positions     converts offsets to the client's positions
 * @param settings      the engine's settings for the file, or null when its configuration is broken
 */
public record AnalyzedDocument(String uri, Document document, LintOptions options, Formatter.Options formatOptions,
                               Analysis analysis, PositionMapper positions, FileSettings settings) {

    /** The same document with other findings (those of checks across files added). */
    public AnalyzedDocument withDiagnostics(java.util.List<dev.xenlint.lint.Diagnostic> diagnostics) {
        Analysis a = new Analysis(analysis.source(), analysis.syntax(), analysis.model(), diagnostics,
                analysis.xenVersion());
        return new AnalyzedDocument(uri, document, options, formatOptions, a, positions, settings);
    }

    public String text() {
        return document.source().text();
    }
}
