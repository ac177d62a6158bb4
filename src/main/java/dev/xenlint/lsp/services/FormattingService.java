package dev.xenlint.lsp.services;

import dev.xenlint.analysis.Analysis;
import dev.xenlint.analysis.LintOptions;
import dev.xenlint.analysis.Linter;
import dev.xenlint.format.Formatter;
import dev.xenlint.lint.Diagnostic;
import java.util.List;
import org.eclipse.lsp4j.TextEdit;

/**
 * Formatting of a whole document, as {@code xenlint format} lays it out. A document with syntax
 * errors is refused, as {@code format} refuses it. Ranges are not offered: the layout of a statement
 * depends on its neighbours (blank lines, comments), so formatting part of a file could not promise
 * to give the text that formatting the file gives.
 */
public final class FormattingService {

    /** Formatting was refused; the message says why. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    public List<TextEdit> format(AnalyzedDocument doc) throws Refused {
        Analysis syntax = Linter.analyze(doc.document().source(), LintOptions.syntaxOnly(doc.options().dialect())
                .withXenVersion(doc.options().xenVersion()));
        if (!syntax.diagnostics().isEmpty()) {
            Diagnostic first = syntax.diagnostics().get(0);
            int n = syntax.diagnostics().size();
            throw new Refused(doc.document().displayPath() + " has " + n + " syntax error" + (n == 1 ? "" : "s")
                    + " (first at " + doc.document().source().position(first.range().start()) + ": "
                    + first.message() + "); not formatted");
        }
        return TextEdits.replaceAll(doc, Formatter.format(syntax.syntax(), doc.formatOptions()));
    }
}
