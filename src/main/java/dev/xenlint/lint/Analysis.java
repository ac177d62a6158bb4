package dev.xenlint.lint;

import dev.xenlint.model.ConfigModel;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.text.SourceText;
import java.util.List;

/** Everything xenlint learned about one file: tree, model and diagnostics (sorted by position). */
public record Analysis(SourceText source, SyntaxTree syntax, ConfigModel model, List<Diagnostic> diagnostics) {
}
