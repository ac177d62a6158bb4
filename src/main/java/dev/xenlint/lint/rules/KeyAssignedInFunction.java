package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.KeyCatalogue;
import dev.xenlint.syntax.Node;
import dev.xenlint.syntax.NodeKind;
import dev.xenlint.syntax.Token;
import dev.xenlint.syntax.TokenKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        List<SmallStatements.Item> items = SmallStatements.of(ctx);
        Map<Node, Set<String>> globals = new HashMap<>();
        for (SmallStatements.Item item : items) {
            if (item.function() != null && item.statement().is(NodeKind.GLOBAL_STATEMENT)) {
                Set<String> names = globals.get(item.function()); // no lambda: see StartupPathTest
                if (names == null) {
                    names = new HashSet<>();
                    globals.put(item.function(), names);
                }
                for (var n : item.statement().tokens(TokenKind.NAME)) {
                    names.add(n.text());
                }
            }
        }
        KeyCatalogue catalogue = KeyCatalogue.get();
        for (SmallStatements.Item item : items) {
            if (item.function() == null || !item.statement().is(NodeKind.EXPRESSION_STATEMENT)) {
                continue; // (before the list of its parts is made: most statements are at the top level)
            }
            List<Node> lists = item.statement().nodes(NodeKind.TEST_LIST);
            if (lists.size() < 2) {
                continue;
            }
            for (int i = 0; i < lists.size() - 1; i++) {
                Node target = lists.get(i);
                String name = target.plainName();
                if (name == null || !catalogue.isRead(name, Dialect.XM)
                        || globals.getOrDefault(item.function(), Set.of()).contains(name)) {
                    continue;
                }
                boolean isClass = item.function().is(NodeKind.CLASS_CLAUSE);
                Token fn = item.function().token(TokenKind.NAME);
                ctx.report(target.range(), "`" + name + "` is set inside `"
                        + (isClass ? "class " : "def ") + fn.text() + "`, where it is " + (isClass
                        ? "an attribute of the class" : "a local name of the function")
                        + ": xm reads only names set at the top level of the file, so this never becomes the `"
                        + name + "` setting" + (isClass ? "" : " (declare it `global " + name + "` if that is meant)"));
            }
        }
    }
}
