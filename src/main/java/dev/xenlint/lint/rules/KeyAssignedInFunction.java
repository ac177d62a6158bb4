package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.KeyCatalogue;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.syntax.gen.XenParser;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * A key assigned inside a {@code def} or {@code class} of an xm file: a local
 * name of the function (or an attribute of the class), never a setting.
 */
public final class KeyAssignedInFunction extends Rule {

    public KeyAssignedInFunction() {
        super(RuleInfo.of("XC023", "key-assigned-in-function", Severity.WARNING, RuleInfo.XM, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        SyntaxTree tree = ctx.model().syntax();
        List<SmallStatements.Item> items = SmallStatements.of(tree);
        Map<XenParser.ClauseContext, Set<String>> globals = new HashMap<>();
        for (SmallStatements.Item item : items) {
            if (item.function() != null && item.statement() instanceof XenParser.GlobalStatementContext g) {
                g.NAME().forEach(n -> globals.computeIfAbsent(item.function(), k -> new HashSet<>()).add(n.getText()));
            }
        }
        KeyCatalogue catalogue = KeyCatalogue.get();
        for (SmallStatements.Item item : items) {
            if (item.function() == null || !(item.statement() instanceof XenParser.ExpressionStatementContext e)
                    || e.testList().size() < 2) {
                continue;
            }
            for (int i = 0; i < e.testList().size() - 1; i++) {
                XenParser.TestListContext target = e.testList(i);
                String name = singleName(target);
                if (name == null || !catalogue.isRead(name, Dialect.XM)
                        || globals.getOrDefault(item.function(), Set.of()).contains(name)) {
                    continue;
                }
                boolean isClass = item.function() instanceof XenParser.ClassClauseContext;
                TerminalNode fn = isClass ? ((XenParser.ClassClauseContext) item.function()).NAME()
                        : ((XenParser.DefClauseContext) item.function()).NAME();
                ctx.report(tree.range(target.getStart(), target.getStop()), "`" + name + "` is set inside `"
                        + (isClass ? "class " : "def ") + fn.getText() + "`, where it is " + (isClass
                        ? "an attribute of the class" : "a local name of the function")
                        + ": xm reads only names set at the top level of the file, so this never becomes the `"
                        + name + "` setting" + (isClass ? "" : " (declare it `global " + name + "` if that is meant)"));
            }
        }
    }

    private static String singleName(XenParser.TestListContext list) {
        if (list.test().size() == 1 && list.COMMA().isEmpty()
                && list.test(0) instanceof XenParser.ConditionalTestContext c && c.IF() == null
                && c.expr(0) instanceof XenParser.AtomExprContext a && a.atom() instanceof XenParser.NameAtomContext n) {
            return n.NAME().getText();
        }
        return null;
    }
}
