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

    /** The message for xl, the same for every finding (a file of `a == 1` lines has one per line). */
    private static final String XL_MESSAGE = "did you mean `=`? `==` is not xl syntax, so `xl create` refuses the file";

    @Override
    public void check(RuleContext ctx) {
        List<SmallStatements.Item> items = SmallStatements.of(ctx);
        Mistyped mistyped = Mistyped.of(ctx);
        for (int i = 0; i < items.size(); i++) {
            SmallStatements.Item item = items.get(i);
            Node e = item.statement();
            Token equals = mistyped.equals[i];
            if (equals != null) {
                TextRange at = equals.range();
                String message;
                if (ctx.isXm()) {
                    String key = singleExpr(e).expr(0).text();
                    message = "did you mean `=`? `==` compares `" + key + "` with the value and throws the result "
                            + "away, so `" + key + "` is not set";
                } else {
                    message = XL_MESSAGE;
                }
                ctx.report(at, message, RuleContext.replace("write `=`", at, "=", Fix.Applicability.UNSAFE));
                continue;
            }
            if (!ctx.isXm() || item.function() != null || !e.is(NodeKind.EXPRESSION_STATEMENT)) {
                continue;
            }
            List<Node> lists = e.nodes(NodeKind.TEST_LIST);
            if (lists.size() == 1 && !hasEffect(lists.get(0))) {
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
    static Mistyped mistypedAssignments(RuleContext ctx) {
        return Mistyped.of(ctx);
    }

    /**
     * The statements {@code name == value} of a file, worked out once for this rule and python-in-xl-config:
     * {@code equals[i]} is the {@code ==} of the i-th of {@link SmallStatements#of}, or null.
     */
    static final class Mistyped {
        /** Where a file's one instance is kept (filled at the first ask: it is made from the shared statements). */
        private static final java.util.function.Function<dev.xenlint.model.ConfigModel, Mistyped[]> SLOT =
                new java.util.function.Function<>() { // a class, not a lambda: see StartupPathTest
                    @Override
                    public Mistyped[] apply(dev.xenlint.model.ConfigModel m) {
                        return new Mistyped[1];
                    }
                };

        final Token[] equals;
        private final List<SmallStatements.Item> items;
        private long[] ranges; // the statements' ranges, start << 32 | end, sorted: made when first asked

        private Mistyped(List<SmallStatements.Item> items) {
            this.items = items;
            this.equals = new Token[items.size()];
            for (int i = 0; i < equals.length; i++) {
                Node e = items.get(i).statement();
                if (e.is(NodeKind.EXPRESSION_STATEMENT) && e.nodes(NodeKind.TEST_LIST).size() == 1) {
                    equals[i] = mistypedAssignment(e);
                }
            }
        }

        static Mistyped of(RuleContext ctx) {
            Mistyped[] slot = ctx.shared(SLOT);
            if (slot[0] == null) {
                slot[0] = new Mistyped(SmallStatements.of(ctx));
            }
            return slot[0];
        }

        /** Whether {@code r} is the range of such a statement. */
        boolean contains(TextRange r) {
            if (ranges == null) {
                int n = 0;
                for (Token t : equals) {
                    n += t != null ? 1 : 0;
                }
                ranges = new long[n];
                n = 0;
                for (int i = 0; i < equals.length; i++) {
                    if (equals[i] != null) {
                        TextRange s = items.get(i).statement().range();
                        ranges[n++] = (long) s.start() << 32 | s.end();
                    }
                }
                java.util.Arrays.sort(ranges);
            }
            return ranges.length > 0 && java.util.Arrays.binarySearch(ranges, (long) r.start() << 32 | r.end()) >= 0;
        }
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
            for (Node n : t.nodes()) {
                todo.push(n);
            }
        }
        return false;
    }
}
