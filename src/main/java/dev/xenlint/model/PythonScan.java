package dev.xenlint.model;

import dev.xenlint.syntax.Statement;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.syntax.gen.XenLexer;
import dev.xenlint.syntax.gen.XenParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Finds where a file goes beyond what xl's parser accepts: a statement other
 * than {@code key = value} / {@code key += value}, or a value other than a
 * plain quoted string, an unsigned integer or a list of those.
 */
final class PythonScan {

    private final SyntaxTree tree;
    private final List<PythonUse> uses = new ArrayList<>();

    private PythonScan(SyntaxTree tree) {
        this.tree = tree;
    }

    static List<PythonUse> scan(SyntaxTree tree) {
        PythonScan scan = new PythonScan(tree);
        for (Statement s : tree.statements()) {
            if (s instanceof Statement.Compound c) {
                scan.add(c.clauses().get(0).header().tree().clause(), "`" + c.kind().keyword() + "` block");
            } else if (!((Statement.Simple) s).line().treeIncomplete()) {
                for (XenParser.SmallStatementContext small : ((Statement.Simple) s).line().smallStatements()) {
                    scan.statement(small);
                }
            }
        }
        return List.copyOf(scan.uses);
    }

    private void statement(XenParser.SmallStatementContext small) {
        if (!(small instanceof XenParser.ExpressionStatementContext e)) {
            String keyword = small.getStart().getText();
            add(small, "`" + keyword + "` statement");
            return;
        }
        List<XenParser.TestListContext> lists = e.testList();
        if (lists.size() == 1) {
            add(e, "expression statement");
            return;
        }
        if (lists.size() > 2) {
            add(e, "chained assignment");
            return;
        }
        if (e.augmentedAssign() != null && e.augmentedAssign().getStart().getType() != XenLexer.PLUS_ASSIGN) {
            add(e.augmentedAssign(), "`" + e.augmentedAssign().getText() + "` assignment");
            return;
        }
        String key = Executor.singleName(lists.get(0));
        if (key == null) {
            add(lists.get(0), "assignment to something other than a plain key");
            return;
        }
        if (!isXlKey(key)) {
            add(lists.get(0), "key `" + key + "` (xl keys are lower-case letters, digits, `_` and `.`)");
            return;
        }
        XenParser.TestListContext value = lists.get(1);
        if (!value.COMMA().isEmpty()) {
            add(value, "tuple");
            return;
        }
        value(value.test(0));
    }

    private void value(XenParser.TestContext test) {
        if (test instanceof XenParser.LambdaTestContext) {
            add(test, "lambda");
            return;
        }
        if (!(test instanceof XenParser.ConditionalTestContext c)) {
            return;
        }
        if (c.IF() != null) {
            add(test, "conditional expression");
            return;
        }
        XenParser.ExprContext expr = c.expr(0);
        if (!(expr instanceof XenParser.AtomExprContext a)) {
            add(expr, describe(expr));
            return;
        }
        XenParser.AtomContext atom = a.atom();
        if (atom instanceof XenParser.StringAtomContext s) {
            List<TerminalNode> strings = s.STRING();
            String first = strings.get(0).getText();
            if (strings.size() > 1) {
                add(atom, "adjacent strings joined by Python");
            } else if (first.charAt(0) != '\'' && first.charAt(0) != '"'
                    && !dev.xenlint.syntax.Typography.isTypographicString(first)) { // ’dc’ is a syntax error
                int quote = 0;
                while (first.charAt(quote) != '\'' && first.charAt(quote) != '"') {
                    quote++;
                }
                add(atom, "string prefix `" + first.substring(0, quote) + "`");
            } else if (first.startsWith("'''") || first.startsWith("\"\"\"")) {
                add(atom, "triple-quoted string");
            }
        } else if (atom instanceof XenParser.NumberAtomContext n) {
            String text = n.NUMBER().getText();
            if (!isXlNumber(text)) {
                add(atom, text.contains(".") || text.contains("e") && !text.startsWith("0x")
                        ? "fractional number `" + text + "`" : "number `" + text + "` in Python notation");
            }
        } else if (atom instanceof XenParser.ListAtomContext l) {
            if (l.compFor() != null) {
                add(atom, "list comprehension");
            } else if (l.testList() != null) {
                for (XenParser.TestContext item : l.testList().test()) {
                    value(item);
                }
            }
        } else if (atom instanceof XenParser.NameAtomContext n) {
            add(atom, "bare word `" + n.NAME().getText() + "`");
        } else if (atom instanceof XenParser.ConstantAtomContext) {
            add(atom, "`" + atom.getText() + "`");
        } else if (atom instanceof XenParser.ParenAtomContext p) {
            add(atom, p.testList() != null && p.testList().COMMA().isEmpty() ? "parenthesised expression" : "tuple");
        } else {
            add(atom, "dict");
        }
    }

    private static String describe(XenParser.ExprContext expr) {
        if (expr instanceof XenParser.UnaryExprContext u) {
            boolean number = u.expr() instanceof XenParser.AtomExprContext a && a.atom() instanceof XenParser.NumberAtomContext;
            return number && u.op.getType() == XenLexer.MINUS ? "unquoted negative number" : "`" + u.op.getText() + "` operator";
        } else if (expr instanceof XenParser.CallExprContext) {
            return "function call";
        } else if (expr instanceof XenParser.AttributeExprContext) {
            return "attribute access";
        } else if (expr instanceof XenParser.SubscriptExprContext) {
            return "subscript";
        } else if (expr instanceof XenParser.ComparisonExprContext) {
            return "comparison";
        } else if (expr instanceof XenParser.NotExprContext) {
            return "`not` expression";
        } else if (expr instanceof XenParser.AndExprContext) {
            return "`and` expression";
        } else if (expr instanceof XenParser.OrExprContext) {
            return "`or` expression";
        }
        // binary arithmetic: the operator is the middle child
        return "expression with `" + expr.getChild(1).getText() + "`";
    }

    /** xl's key syntax: {@code [a-z][._0-9a-z]*}. */
    static boolean isXlKey(String key) {
        if (key.isEmpty() || key.charAt(0) < 'a' || key.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char ch = key.charAt(i);
            if (!(ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch == '_' || ch == '.')) {
                return false;
            }
        }
        return true;
    }

    /** xl's number token: a digit followed by digits, hex letters or {@code x}. */
    static boolean isXlNumber(String text) {
        if (text.isEmpty() || !Character.isDigit(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!(ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'f' || ch >= 'A' && ch <= 'F' || ch == 'x' || ch == 'X')) {
                return false;
            }
        }
        return true;
    }

    private void add(ParserRuleContext ctx, String what) {
        var stop = ctx.getStop() != null && ctx.getStop().getType() != org.antlr.v4.runtime.Token.EOF
                && ctx.getStop().getStopIndex() >= ctx.getStart().getStartIndex() ? ctx.getStop() : ctx.getStart();
        uses.add(new PythonUse(tree.range(ctx.getStart(), stop), what));
    }
}
