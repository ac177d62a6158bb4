package dev.xenlint.lint;

import dev.xenlint.model.ConfigModel;
import dev.xenlint.model.XenVersion;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.text.SourceText;
import java.util.List;

/**
 * Everything xenlint learned about one file: tree, model and diagnostics (sorted by position).
 *
 * @param xenVersion the Xen release the rules assumed (configured, or the dialect's default)
 */
public record Analysis(SourceText source, SyntaxTree syntax, ConfigModel model, List<Diagnostic> diagnostics,
                       XenVersion xenVersion) {
}
