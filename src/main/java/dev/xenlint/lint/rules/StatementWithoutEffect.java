package dev.xenlint.lint.rules;

import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.syntax.Node;
import dev.xenlint.syntax.NodeKind;
import dev.xenlint.syntax.Token;
import dev.xenlint.syntax.TokenKind;
import dev.xenlint.text.TextRange;
import java.util.List;

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
        for (SmallStatements.Item item : SmallStatements.of(ctx)) {
            Node e = item.statement();
            List<Node> lists = e.nodes(NodeKind.TEST_LIST);
            if (!e.is(NodeKind.EXPRESSION_STATEMENT) || lists.size() != 1) {
                continue;
            }
            Token equals = mistypedAssignment(e);
            if (equals != null) {
                String key = singleExpr(e).expr(0).text();
                TextRange at = equals.range();
                String why = ctx.isXm()
                        ? "`==` compares `" + key + "` with the value and throws the result away, so `" + key
                        + "` is not set"
                        : "`==` is not xl syntax, so `xl create` refuses the file";
                ctx.report(at, "did you mean `=`? " + why,
                        RuleContext.replace("write `=`", at, "=", Fix.Applicability.UNSAFE));
            } else if (ctx.isXm() && item.function() == null && !hasEffect(lists.get(0))) {
                // (inside a def it may be a return value's last use or a docstring; xenlint does not run functions)
                ctx.reportMild(Severity.WARNING, e.range(), "this statement computes a value and keeps "
                        + "nothing: it sets no key and has no effect on the guest", null);
            }
        }
    }

    /**
     * The ranges of the file's statements {@code name == value} (for python-in-xl-config, which leaves them to
     * this rule): worked out once per file, so that asking about each Python use is not a walk over every
     * statement (that was quadratic: 20,000 lines of {@code a == 1} took 54 s).
     */
    static java.util.Set<TextRange> mistypedAssignments(RuleContext ctx) {
        java.util.Set<TextRange> out = new java.util.HashSet<>();
        for (SmallStatements.Item item : SmallStatements.of(ctx)) {
            Node e = item.statement();
            if (e.is(NodeKind.EXPRESSION_STATEMENT) && e.nodes(NodeKind.TEST_LIST).size() == 1
                    && mistypedAssignment(e) != null) {
                out.add(e.range());
            }
        }
        return out;
    }

    /** The {@code ==} of an expression statement {@code name == value}, or null. */
    static Token mistypedAssignment(Node e) {
        Node expr = singleExpr(e);
        if (expr != null && expr.is(NodeKind.COMPARISON_EXPR)
                && expr.node(NodeKind.COMPARISON).first().is(TokenKind.EQUALS)
                && expr.expr(0).is(NodeKind.ATOM_EXPR) && expr.expr(0).atom().is(NodeKind.NAME_ATOM)) {
            return expr.node(NodeKind.COMPARISON).first();
        }
        return null;
    }

    private static Node singleExpr(Node e) {
        Node list = e.node(NodeKind.TEST_LIST);
        if (list.tests().size() != 1 || list.has(TokenKind.COMMA)
                || !list.test(0).is(NodeKind.CONDITIONAL_TEST) || list.test(0).has(TokenKind.IF)) {
            return null;
        }
        return list.test(0).expr(0);
    }

    /** Calls may do anything; a lone string is documentation. Everything else only computes a value. */
    private static boolean hasEffect(Node list) {
        if (list.tests().size() == 1 && !list.has(TokenKind.COMMA) && list.test(0).is(NodeKind.CONDITIONAL_TEST)
                && !list.test(0).has(TokenKind.IF) && list.test(0).expr(0).is(NodeKind.ATOM_EXPR)
                && list.test(0).expr(0).atom().is(NodeKind.STRING_ATOM)) {
            return true;
        }
        return containsCall(list);
    }

    private static boolean containsCall(Node root) {
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) { // iterative: trees may be deep
            Node t = todo.pop();
            if (t.is(NodeKind.CALL_EXPR)) {
                return true;
            }
            t.nodes().forEach(todo::push);
        }
        return false;
    }
}
