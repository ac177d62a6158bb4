package dev.xenlint;

import dev.xenlint.analysis.Analysis;
import dev.xenlint.analysis.LintOptions;
import dev.xenlint.analysis.Linter;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.model.Dialect;
import dev.xenlint.text.SourceText;
import java.util.List;

/** Short ways for tests to run the linter. */
public final class Lint {

    private Lint() {
    }

    /** Every rule; the dialect may be null (detect). */
    public static Analysis all(SourceText source, Dialect dialect) {
        return Linter.analyze(source, LintOptions.dialect(dialect));
    }

    /** Only the parser's syntax errors. */
    public static Analysis syntax(SourceText source, Dialect dialect) {
        return Linter.analyze(source, LintOptions.syntaxOnly(dialect));
    }

    /** The diagnostics of one rule, with every rule running. */
    public static List<Diagnostic> only(String code, SourceText source, Dialect dialect) {
        return all(source, dialect).diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }
}
