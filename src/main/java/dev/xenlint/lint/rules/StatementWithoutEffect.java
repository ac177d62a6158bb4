package dev.xenlint.lint.rules;

import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.syntax.gen.XenLexer;
import dev.xenlint.syntax.gen.XenParser;
import dev.xenlint.text.TextRange;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * An expression statement that computes a value and keeps nothing:
 * {@code memory == 512} (meant as an assignment), a bare name, arithmetic.
 */
public final class StatementWithoutEffect extends Rule {

    public StatementWithoutEffect() {
        super(RuleInfo.of("XC021", "statement-without-effect", Severity.ERROR, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.UNSAFE).withMilder(Severity.WARNING));
    }

    @Override
    public void check(RuleContext ctx) {
        SyntaxTree tree = ctx.model().syntax();
        for (SmallStatements.Item item : SmallStatements.of(tree)) {
            if (!(item.statement() instanceof XenParser.ExpressionStatementContext e) || e.testList().size() != 1) {
                continue;
            }
            Token equals = mistypedAssignment(e);
            if (equals != null) {
                String key = ((XenParser.ComparisonExprContext) singleExpr(e)).expr(0).getText();
                TextRange at = tree.range(equals);
                String why = ctx.isXm()
                        ? "`==` compares `" + key + "` with the value and throws the result away, so `" + key
                        + "` is not set"
                        : "`==` is not xl syntax, so `xl create` refuses the file";
                ctx.report(at, "did you mean `=`? " + why,
                        RuleContext.replace("write `=`", at, "=", Fix.Applicability.UNSAFE));
            } else if (ctx.isXm() && item.function() == null && !hasEffect(e.testList(0))) {
                // (inside a def it may be a return value's last use or a docstring; xenlint does not run functions)
                ctx.reportMild(Severity.WARNING, tree.range(e.getStart(), e.getStop()), "this statement computes a value and keeps "
                        + "nothing: it sets no key and has no effect on the guest", null);
            }
        }
    }

    /** Whether the statement at exactly this range is {@code name == value} (for python-in-xl-config). */
    static boolean isMistypedAssignment(SyntaxTree tree, TextRange range) {
        for (SmallStatements.Item item : SmallStatements.of(tree)) {
            if (item.statement() instanceof XenParser.ExpressionStatementContext e && e.testList().size() == 1
                    && mistypedAssignment(e) != null
                    && tree.range(e.getStart(), e.getStop()).equals(range)) {
                return true;
            }
        }
        return false;
    }

    /** The {@code ==} of a statement {@code name == value}, or null. */
    static Token mistypedAssignment(XenParser.ExpressionStatementContext e) {
        XenParser.ExprContext expr = singleExpr(e);
        if (expr instanceof XenParser.ComparisonExprContext c && c.comparison().getStart().getType() == XenLexer.EQUALS
                && c.expr(0) instanceof XenParser.AtomExprContext a && a.atom() instanceof XenParser.NameAtomContext) {
            return c.comparison().getStart();
        }
        return null;
    }

    private static XenParser.ExprContext singleExpr(XenParser.ExpressionStatementContext e) {
        XenParser.TestListContext list = e.testList(0);
        if (list.test().size() != 1 || !list.COMMA().isEmpty()
                || !(list.test(0) instanceof XenParser.ConditionalTestContext c) || c.IF() != null) {
            return null;
        }
        return c.expr(0);
    }

    /** Calls may do anything; a lone string is documentation. Everything else only computes a value. */
    private static boolean hasEffect(XenParser.TestListContext list) {
        if (list.test().size() == 1 && list.COMMA().isEmpty() && list.test(0) instanceof XenParser.ConditionalTestContext c
                && c.IF() == null && c.expr(0) instanceof XenParser.AtomExprContext a
                && a.atom() instanceof XenParser.StringAtomContext) {
            return true;
        }
        return containsCall(list);
    }

    private static boolean containsCall(ParseTree root) {
        java.util.ArrayDeque<ParseTree> todo = new java.util.ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) { // iterative: trees may be deep
            ParseTree t = todo.pop();
            if (t instanceof XenParser.CallExprContext) {
                return true;
            }
            for (int i = 0; i < t.getChildCount(); i++) {
                todo.push(t.getChild(i));
            }
        }
        return false;
    }
}
