package dev.xenlint.lint;

import dev.xenlint.model.ConfigModel;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.ModelBuilder;
import dev.xenlint.syntax.ConfigParser;
import dev.xenlint.syntax.SyntaxError;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The one entry point every consumer (command line, tests, editors) uses to analyse a file. */
public final class Linter {

    private static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparingInt((Diagnostic d) -> d.range().start())
            .thenComparingInt(d -> d.range().end())
            .thenComparing(Diagnostic::code);

    private Linter() {
    }

    /**
     * @param dialect the dialect to assume, or null to detect it
     */
    public static Analysis analyze(SourceText source, Dialect dialect) {
        SyntaxTree tree = ConfigParser.parse(source);
        ConfigModel model = ModelBuilder.build(tree, dialect);
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (SyntaxError e : tree.errors()) {
            diagnostics.add(Diagnostic.syntaxError(e.range(), e.message()));
        }
        if (model.dialect() == Dialect.XM) {
            // xl ignores leading whitespace; Python refuses bad indentation
            for (SyntaxError e : tree.indentationErrors()) {
                diagnostics.add(Diagnostic.syntaxError(e.range(), e.message()));
            }
        }
        diagnostics.sort(BY_POSITION);
        return new Analysis(source, tree, model, List.copyOf(diagnostics));
    }
}
