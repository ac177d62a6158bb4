package dev.xenlint.lint.rules;

import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.KeyCatalogue;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.syntax.gen.XenParser;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * An xm file reading a key before any statement sets it ({@code memory = memory * 2}
 * as the first mention): Python stops with a NameError, since xm runs the file
 * with none of its options defined.
 */
public final class NameUsedBeforeSet extends Rule {

    public NameUsedBeforeSet() {
        super(RuleInfo.of("XC022", "name-used-before-set", Severity.ERROR, RuleInfo.XM, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.NONE));
    }

    @Override
    public void check(RuleContext ctx) {
        SyntaxTree tree = ctx.model().syntax();
        Set<String> bound = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (SmallStatements.Item item : SmallStatements.of(tree)) {
            if (item.function() != null) {
                continue; // function bodies run only when called; xenlint does not follow calls
            }
            ParserRuleContext s = item.statement();
            if (s instanceof XenParser.FromImportStatementContext f && f.STAR() != null) {
                return; // `from m import *` may define anything
            }
            readAndBind(ctx, tree, s, bound, reported);
        }
    }

    private static void readAndBind(RuleContext ctx, SyntaxTree tree, ParserRuleContext node, Set<String> bound,
                                    Set<String> reported) {
        Token mistyped = node instanceof XenParser.ExpressionStatementContext e && e.testList().size() == 1
                ? StatementWithoutEffect.mistypedAssignment(e) : null;
        if (node instanceof XenParser.ExpressionStatementContext e && e.testList().size() > 1) {
            List<XenParser.TestListContext> lists = e.testList();
            boolean augmented = e.augmentedAssign() != null;
            // the value first, then the targets (which an augmented assignment also reads)
            reads(ctx, tree, lists.get(lists.size() - 1), bound, reported);
            for (int i = 0; i < lists.size() - 1; i++) {
                if (augmented) {
                    reads(ctx, tree, lists.get(i), bound, reported);
                }
                names(lists.get(i), bound);
            }
            return;
        }
        if (mistyped == null) {
            reads(ctx, tree, node, bound, reported); // statement-without-effect reports `key == value`
        }
        binds(node, bound);
    }

    /** Names a statement or header binds. */
    private static void binds(ParserRuleContext node, Set<String> bound) {
        if (node instanceof XenParser.ImportStatementContext i) {
            for (XenParser.DottedAsNameContext d : i.dottedAsName()) {
                bound.add(d.AS() != null ? d.NAME().getText() : d.dottedName().NAME(0).getText());
            }
        } else if (node instanceof XenParser.FromImportStatementContext f && f.importAsNames() != null) {
            f.importAsNames().NAME().forEach(n -> bound.add(n.getText())); // the imported names and their aliases
        } else if (node instanceof XenParser.GlobalStatementContext g) {
            g.NAME().forEach(n -> bound.add(n.getText()));
        } else if (node instanceof XenParser.DefClauseContext d) {
            bound.add(d.NAME().getText());
        } else if (node instanceof XenParser.ClassClauseContext c) {
            bound.add(c.NAME().getText());
        } else if (node instanceof XenParser.ForClauseContext f) {
            names(f.targetList(), bound);
        } else if (node instanceof XenParser.ExceptClauseContext e && e.target() != null) {
            names(e.target(), bound);
        } else if (node instanceof XenParser.WithClauseContext w) {
            w.withItem().stream().filter(i -> i.target() != null).forEach(i -> names(i.target(), bound));
        }
    }

    /** Every plain name in a target. */
    private static void names(ParseTree root, Set<String> out) {
        java.util.ArrayDeque<ParseTree> todo = new java.util.ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) { // iterative: trees may be deep
            ParseTree t = todo.pop();
            if (t instanceof XenParser.NameAtomContext n) {
                out.add(n.NAME().getText());
            } else if (t instanceof XenParser.TargetContext target && !target.NAME().isEmpty()) {
                out.add(target.NAME(0).getText());
            }
            for (int i = 0; i < t.getChildCount(); i++) {
                todo.push(t.getChild(i));
            }
        }
    }

    /** Reports names read before they are bound, in source order. */
    private static void reads(RuleContext ctx, SyntaxTree tree, ParseTree root, Set<String> bound, Set<String> reported) {
        java.util.ArrayDeque<ParseTree> todo = new java.util.ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) { // iterative: trees may be deep
            ParseTree t = todo.pop();
            if (t instanceof XenParser.LambdaTestContext || t instanceof XenParser.ListAtomContext l && l.compFor() != null
                    || t instanceof XenParser.ParenAtomContext p && p.compFor() != null
                    || t instanceof XenParser.DefClauseContext || t instanceof XenParser.ClassClauseContext) {
                continue; // names there are read later, or bound locally
            }
            if (t instanceof XenParser.ForClauseContext f) {
                todo.push(f.testList());
                continue;
            }
            if (t instanceof XenParser.NameAtomContext n) {
                String name = n.NAME().getText();
                if (!bound.contains(name) && reported.add(name) && isXmOption(name)) {
                    ctx.report(tree.range(n.NAME().getSymbol()), "`" + name + "` is used before the file sets it: "
                            + "Python stops with a NameError and `xm create` refuses the file (xm runs the file with "
                            + "none of its options defined; `xm create FILE " + name + "=...` sets the option, not "
                            + "this name)");
                }
                continue;
            }
            for (int i = t.getChildCount() - 1; i >= 0; i--) {
                todo.push(t.getChild(i));
            }
        }
    }

    private static boolean isXmOption(String name) {
        KeyCatalogue.Key k = KeyCatalogue.get().key(name);
        return k != null && k.support(Dialect.XM).isRead();
    }
}
