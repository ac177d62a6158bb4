package dev.xenlint.lsp.services;

import dev.xenlint.analysis.Analysis;
import dev.xenlint.analysis.LintOptions;
import dev.xenlint.engine.Session;
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

    /** The edit that lays the document out, through the session as {@code format} does. */
    public List<TextEdit> format(AnalyzedDocument doc, Session session) throws Refused {
        Session.Formatting formatting = session.format(doc.document(), LintOptions.syntaxOnly(doc.options().dialect())
                .withXenVersion(doc.options().xenVersion()), doc.formatOptions());
        Analysis syntax = formatting.syntax();
        if (formatting.refused()) {
            Diagnostic first = syntax.diagnostics().get(0);
            int n = syntax.diagnostics().size();
            throw new Refused(doc.document().displayPath() + " has " + n + " syntax error" + (n == 1 ? "" : "s")
                    + " (first at " + doc.document().source().position(first.range().start()) + ": "
                    + first.message() + "); not formatted");
        }
        return TextEdits.replaceAll(doc, formatting.text());
    }
}
