package dev.xenlint.lint.rules;

import dev.xenlint.lint.RuleContext;
import dev.xenlint.model.ConfigModel;
import dev.xenlint.syntax.ClauseKind;
import dev.xenlint.syntax.LogicalLine;
import dev.xenlint.syntax.Node;
import dev.xenlint.syntax.NodeKind;
import dev.xenlint.syntax.Statement;
import dev.xenlint.syntax.SyntaxTree;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Every small statement of a file and every compound statement's header, in file order, with the
 * {@code def} or {@code class} each is inside, if any.
 */
final class SmallStatements {

    /**
     * One statement.
     *
     * @param statement a small statement, or a compound statement's header (a {@link NodeKind.Category#CLAUSE})
     * @param line      its logical line
     * @param function  the header of the innermost enclosing {@code def} or {@code class}, or null at module
     *                  level (a def's own header is at the level where the def stands)
     */
    record Item(Node statement, LogicalLine line, Node function) {
    }

    private SmallStatements() {
    }

    /** Every small statement of the file: made once per file for the rules that read them ({@link #of(RuleContext)}). */
    private static final Function<ConfigModel, List<Item>> OF = new Function<>() { // a class: see StartupPathTest
        @Override
        public List<Item> apply(ConfigModel m) {
            return of(m.syntax());
        }
    };

    static List<Item> of(RuleContext ctx) {
        return ctx.shared(OF);
    }

    private static List<Item> of(SyntaxTree tree) {
        List<Item> out = new ArrayList<>();
        walk(tree.statements(), null, out);
        return Collections.unmodifiableList(out);
    }

    /** Headers of compound statements in order, with their enclosing function (for conditions). */
    private static void walk(List<Statement> statements, Node function, List<Item> out) {
        for (Statement s : statements) {
            if (s instanceof Statement.Simple simple) {
                add(simple.line(), function, out);
            } else if (s instanceof Statement.Compound c) {
                for (Statement.Clause clause : c.clauses()) {
                    Node inner = function;
                    LogicalLine header = clause.header();
                    if (header.tree() != null && !header.treeIncomplete() && header.clause() != null) {
                        out.add(new Item(header.clause(), header, function));
                        if (clause.kind() == ClauseKind.DEF || clause.kind() == ClauseKind.CLASS) {
                            inner = header.clause();
                        }
                    }
                    add(header, inner, out); // an inline body: `if x: a = 1`
                    walk(clause.body(), inner, out);
                }
            }
        }
    }

    private static void add(LogicalLine line, Node function, List<Item> out) {
        if (line.tree() == null || line.treeIncomplete()) {
            return;
        }
        for (Node small : line.smallStatements()) {
            out.add(new Item(small, line, function));
        }
    }
}
