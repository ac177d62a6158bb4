package dev.xenlint.analysis;

import dev.xenlint.lint.Diagnostic;
import dev.xenlint.model.ConfigModel;
import dev.xenlint.model.XenVersion;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.text.SourceText;
import java.util.List;

/**
 * Everything xenlint learned about one file: tree, model and diagnostics (sorted by position).
 *
 * @param xenVersion   the Xen release the rules assumed (configured, or the dialect's default)
 * @param ruleFailures rules that threw on this file: xenlint bugs, kept apart from the findings
 */
public record Analysis(SourceText source, SyntaxTree syntax, ConfigModel model, List<Diagnostic> diagnostics,
                       XenVersion xenVersion, List<RuleFailure> ruleFailures) {

    public Analysis(SourceText source, SyntaxTree syntax, ConfigModel model, List<Diagnostic> diagnostics,
                    XenVersion xenVersion) {
        this(source, syntax, model, diagnostics, xenVersion, List.of());
    }
}
