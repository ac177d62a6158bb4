package dev.xenlint.lint.rules;

import dev.xenlint.syntax.ClauseKind;
import dev.xenlint.syntax.LogicalLine;
import dev.xenlint.syntax.Statement;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.syntax.gen.XenParser;
import java.util.ArrayList;
import org.antlr.v4.runtime.ParserRuleContext;
import java.util.List;

/**
 * Every small statement of a file and every compound statement's header, in file order, with the
 * {@code def} or {@code class} each is inside, if any.
 */
final class SmallStatements {

    /**
     * One statement.
     *
     * @param statement a {@link XenParser.SmallStatementContext} or a header's {@link XenParser.ClauseContext}
     * @param line      its logical line
     * @param function  the header of the innermost enclosing {@code def} or {@code class}, or null at module
     *                  level (a def's own header is at the level where the def stands)
     */
    record Item(ParserRuleContext statement, LogicalLine line, XenParser.ClauseContext function) {
    }

    private SmallStatements() {
    }

    static List<Item> of(SyntaxTree tree) {
        List<Item> out = new ArrayList<>();
        walk(tree.statements(), null, out);
        return out;
    }

    /** Headers of compound statements in order, with their enclosing function (for conditions). */
    private static void walk(List<Statement> statements, XenParser.ClauseContext function, List<Item> out) {
        for (Statement s : statements) {
            if (s instanceof Statement.Simple simple) {
                add(simple.line(), function, out);
            } else if (s instanceof Statement.Compound c) {
                for (Statement.Clause clause : c.clauses()) {
                    XenParser.ClauseContext inner = function;
                    LogicalLine header = clause.header();
                    if (header.tree() != null && !header.treeIncomplete() && header.tree().clause() != null) {
                        out.add(new Item(header.tree().clause(), header, function));
                        if (clause.kind() == ClauseKind.DEF || clause.kind() == ClauseKind.CLASS) {
                            inner = header.tree().clause();
                        }
                    }
                    add(header, inner, out); // an inline body: `if x: a = 1`
                    walk(clause.body(), inner, out);
                }
            }
        }
    }

    private static void add(LogicalLine line, XenParser.ClauseContext function, List<Item> out) {
        if (line.tree() == null || line.treeIncomplete()) {
            return;
        }
        for (XenParser.SmallStatementContext small : line.smallStatements()) {
            out.add(new Item(small, line, function));
        }
    }
}
