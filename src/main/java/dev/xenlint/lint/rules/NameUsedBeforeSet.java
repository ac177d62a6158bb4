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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        Set<String> bound = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (SmallStatements.Item item : SmallStatements.of(ctx)) {
            if (item.function() != null) {
                continue; // function bodies run only when called; xenlint does not follow calls
            }
            Node s = item.statement();
            if (s.is(NodeKind.FROM_IMPORT_STATEMENT) && s.has(TokenKind.STAR)) {
                return; // `from m import *` may define anything
            }
            readAndBind(ctx, s, bound, reported);
        }
    }

    private static void readAndBind(RuleContext ctx, Node node, Set<String> bound, Set<String> reported) {
        List<Node> lists = node.nodes(NodeKind.TEST_LIST);
        boolean expression = node.is(NodeKind.EXPRESSION_STATEMENT);
        Token mistyped = expression && lists.size() == 1 ? StatementWithoutEffect.mistypedAssignment(node) : null;
        if (expression && lists.size() > 1) {
            boolean augmented = node.node(NodeKind.AUGMENTED_ASSIGN) != null;
            // the value first, then the targets (which an augmented assignment also reads)
            reads(ctx, lists.get(lists.size() - 1), bound, reported);
            for (int i = 0; i < lists.size() - 1; i++) {
                if (augmented) {
                    reads(ctx, lists.get(i), bound, reported);
                }
                names(lists.get(i), bound);
            }
            return;
        }
        if (mistyped == null) {
            reads(ctx, node, bound, reported); // statement-without-effect reports `key == value`
        }
        binds(node, bound);
    }

    /** Names a statement or header binds. */
    private static void binds(Node node, Set<String> bound) {
        switch (node.kind()) {
            case IMPORT_STATEMENT -> {
                for (Node d : node.nodes(NodeKind.DOTTED_AS_NAME)) {
                    bound.add(d.has(TokenKind.AS) ? d.token(TokenKind.NAME).text()
                            : d.node(NodeKind.DOTTED_NAME).token(TokenKind.NAME).text());
                }
            }
            case FROM_IMPORT_STATEMENT -> {
                Node names = node.node(NodeKind.IMPORT_AS_NAMES);
                if (names != null) {
                    for (Token n : names.tokens(TokenKind.NAME)) { // the names and their aliases
                        bound.add(n.text());
                    }
                }
            }
            case GLOBAL_STATEMENT, DEF_CLAUSE, CLASS_CLAUSE -> {
                for (Token n : node.tokens(TokenKind.NAME)) {
                    bound.add(n.text());
                }
            }
            case FOR_CLAUSE -> names(node.node(NodeKind.TARGET_LIST), bound);
            case EXCEPT_CLAUSE -> {
                if (node.node(NodeKind.TARGET) != null) {
                    names(node.node(NodeKind.TARGET), bound);
                }
            }
            case WITH_CLAUSE -> {
                for (Node i : node.nodes(NodeKind.WITH_ITEM)) {
                    if (i.node(NodeKind.TARGET) != null) {
                        names(i.node(NodeKind.TARGET), bound);
                    }
                }
            }
            default -> { }
        }
    }

    /** Every plain name in a target. */
    private static void names(Node root, Set<String> out) {
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) { // iterative: trees may be deep
            Node t = todo.pop();
            if (t.is(NodeKind.NAME_ATOM) || t.is(NodeKind.TARGET) && t.has(TokenKind.NAME)) {
                out.add(t.token(TokenKind.NAME).text());
            }
            for (int i = 0, n = t.childCount(); i < n; i++) { // no list of the child nodes made per node
                if (t.child(i) instanceof Node c) {
                    todo.push(c);
                }
            }
        }
    }

    /** Reports names read before they are bound, in source order. */
    private static void reads(RuleContext ctx, Node root, Set<String> bound, Set<String> reported) {
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) { // iterative: trees may be deep
            Node t = todo.pop();
            if (t.is(NodeKind.LAMBDA_TEST) || t.is(NodeKind.DEF_CLAUSE) || t.is(NodeKind.CLASS_CLAUSE)
                    || (t.is(NodeKind.LIST_ATOM) || t.is(NodeKind.PAREN_ATOM)) && t.node(NodeKind.COMP_FOR) != null) {
                continue; // names there are read later, or bound locally
            }
            if (t.is(NodeKind.FOR_CLAUSE)) {
                todo.push(t.node(NodeKind.TEST_LIST));
                continue;
            }
            if (t.is(NodeKind.NAME_ATOM)) {
                Token nameToken = t.token(TokenKind.NAME);
                String name = nameToken.text();
                if (!bound.contains(name) && reported.add(name) && isXmOption(name)) {
                    ctx.report(nameToken.range(), "`" + name + "` is used before the file sets it: "
                            + "Python stops with a NameError and `xm create` refuses the file (xm runs the file with "
                            + "none of its options defined; `xm create FILE " + name + "=...` sets the option, not "
                            + "this name)");
                }
                continue;
            }
            for (int i = t.childCount() - 1; i >= 0; i--) {
                if (t.child(i) instanceof Node c) {
                    todo.push(c);
                }
            }
        }
    }

    private static boolean isXmOption(String name) {
        KeyCatalogue.Key k = KeyCatalogue.get().key(name);
        return k != null && k.support(Dialect.XM).isRead();
    }
}
