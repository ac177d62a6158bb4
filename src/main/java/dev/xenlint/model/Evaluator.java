package dev.xenlint.model;

import dev.xenlint.syntax.StringLiterals;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.syntax.gen.XenLexer;
import dev.xenlint.syntax.gen.XenParser;
import dev.xenlint.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BinaryOperator;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Folds expressions to constants without running them. Literals, names bound
 * earlier, concatenation, arithmetic, comparisons, {@code %} formatting,
 * subscripts and the builtins {@code int}, {@code str} and {@code len} fold;
 * anything else is {@link Value.Dynamic} with the reason.
 */
final class Evaluator {

    /** Deepest expression tree evaluated; deeper parts are dynamic. */
    static final int MAX_DEPTH = 200;
    /** Most combinations of alternative operands folded before giving up. */
    static final int MAX_COMBINATIONS = 16;

    /** Deepest nesting of lists, tuples and dicts inside a folded value; deeper values are dynamic. */
    static final int MAX_VALUE_DEPTH = 100;
    /** Most chars and items that the values built in one file may hold together; beyond, results are dynamic. */
    static final long MAX_TOTAL_SIZE = 1L << 22;

    private final SyntaxTree tree;
    private final Set<String> namesRead;
    private int depth;
    /** Size and depth of each container built so far (values are immutable, so this never goes stale). */
    private final java.util.IdentityHashMap<Value, long[]> measured = new java.util.IdentityHashMap<>();
    private long total;

    Evaluator(SyntaxTree tree, Set<String> namesRead) {
        this.tree = tree;
        this.namesRead = namesRead;
    }

    TextRange range(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop();
        if (stop == null || stop.getType() == Token.EOF || stop.getStopIndex() < start.getStartIndex()) {
            return tree.range(start);
        }
        return tree.range(start, stop);
    }

    String text(ParserRuleContext ctx) {
        return tree.source().slice(range(ctx));
    }

    Value testList(XenParser.TestListContext ctx, Env env) {
        List<XenParser.TestContext> tests = ctx.test();
        if (tests.size() == 1 && ctx.COMMA().isEmpty()) {
            return test(tests.get(0), env);
        }
        List<Value> items = new ArrayList<>();
        for (XenParser.TestContext t : tests) {
            items.add(test(t, env));
        }
        return bounded(new Value.Tuple(List.copyOf(items), range(ctx)));
    }

    Value test(XenParser.TestContext ctx, Env env) {
        if (++depth > MAX_DEPTH) {
            depth--;
            return new Value.Dynamic("expression nested too deeply to evaluate", range(ctx));
        }
        try {
            if (ctx instanceof XenParser.ConditionalTestContext c) {
                Value body = expr(c.expr(0), env);
                if (c.IF() == null) {
                    return body;
                }
                Value condition = expr(c.expr(1), env);
                Boolean truth = truth(condition);
                if (truth == null) {
                    return Value.Alternatives.of(List.of(body, test(c.test(), env)));
                }
                return truth ? body : test(c.test(), env);
            }
            if (ctx instanceof XenParser.LambdaTestContext) {
                return new Value.Dynamic("a lambda is a function; xenlint does not call it", range(ctx));
            }
            return new Value.Dynamic("incomplete expression", range(ctx));
        } finally {
            depth--;
        }
    }

    Value expr(XenParser.ExprContext ctx, Env env) {
        if (ctx == null) {
            return new Value.Dynamic("incomplete expression", TextRange.empty(0));
        }
        if (++depth > MAX_DEPTH) {
            depth--;
            return new Value.Dynamic("expression nested too deeply to evaluate", range(ctx));
        }
        try {
            return exprUnguarded(ctx, env);
        } finally {
            depth--;
        }
    }

    private Value exprUnguarded(XenParser.ExprContext ctx, Env env) {
        TextRange r = range(ctx);
        if (ctx instanceof XenParser.AtomExprContext a) {
            return atom(a.atom(), env);
        } else if (ctx instanceof XenParser.CallExprContext c) {
            return call(c, env, r);
        } else if (ctx instanceof XenParser.SubscriptExprContext s) {
            return subscript(s, env, r);
        } else if (ctx instanceof XenParser.AttributeExprContext a) {
            expr(a.expr(), env);
            return new Value.Dynamic("`" + text(ctx) + "` is computed by Python when xm runs; xenlint does not run it", r);
        } else if (ctx instanceof XenParser.PowerExprContext p) {
            return binary(expr(p.expr(0), env), expr(p.expr(1), env), r, (x, y) -> Operations.power(x, y, r));
        } else if (ctx instanceof XenParser.UnaryExprContext u) {
            Value operand = expr(u.expr(), env);
            int op = u.op.getType();
            return map(operand, r, v -> Operations.unary(op, v, r));
        } else if (ctx instanceof XenParser.MultiplicativeExprContext m) {
            int op = m.op.getType();
            return binary(expr(m.expr(0), env), expr(m.expr(1), env), r,
                    (x, y) -> bounded(Operations.multiplicative(op, x, y, r)));
        } else if (ctx instanceof XenParser.AdditiveExprContext a) {
            int op = a.op.getType();
            return binary(expr(a.expr(0), env), expr(a.expr(1), env), r,
                    (x, y) -> bounded(Operations.additive(op, x, y, r)));
        } else if (ctx instanceof XenParser.ShiftExprContext s) {
            int op = s.op.getType();
            return binary(expr(s.expr(0), env), expr(s.expr(1), env), r, (x, y) -> Operations.bitwise(op, x, y, r));
        } else if (ctx instanceof XenParser.BitAndExprContext b) {
            return binary(expr(b.expr(0), env), expr(b.expr(1), env), r,
                    (x, y) -> Operations.bitwise(XenLexer.AMPERSAND, x, y, r));
        } else if (ctx instanceof XenParser.BitXorExprContext b) {
            return binary(expr(b.expr(0), env), expr(b.expr(1), env), r,
                    (x, y) -> Operations.bitwise(XenLexer.CARET, x, y, r));
        } else if (ctx instanceof XenParser.BitOrExprContext b) {
            return binary(expr(b.expr(0), env), expr(b.expr(1), env), r,
                    (x, y) -> Operations.bitwise(XenLexer.PIPE, x, y, r));
        } else if (ctx instanceof XenParser.ComparisonExprContext c) {
            String op = c.comparison().getText();
            return binary(expr(c.expr(0), env), expr(c.expr(1), env), r, (x, y) -> Operations.compare(op, x, y, r));
        } else if (ctx instanceof XenParser.NotExprContext n) {
            return map(expr(n.expr(), env), r, v -> {
                Boolean t = truth(v);
                return t == null ? dynamicOf(v, r) : new Value.Bool(!t, r);
            });
        } else if (ctx instanceof XenParser.AndExprContext a) {
            Value left = expr(a.expr(0), env);
            Value right = expr(a.expr(1), env);
            Boolean t = truth(left);
            return t == null ? dynamicOf(left, r) : t ? right : left;
        } else if (ctx instanceof XenParser.OrExprContext o) {
            Value left = expr(o.expr(0), env);
            Value right = expr(o.expr(1), env);
            Boolean t = truth(left);
            return t == null ? dynamicOf(left, r) : t ? left : right;
        }
        return new Value.Dynamic("incomplete expression", r);
    }

    private Value atom(XenParser.AtomContext ctx, Env env) {
        TextRange r = range(ctx);
        if (ctx instanceof XenParser.NumberAtomContext n) {
            return Operations.number(n.NUMBER().getText(), r);
        } else if (ctx instanceof XenParser.StringAtomContext s) {
            for (var token : s.STRING()) {
                if (StringLiterals.missingTerminator(token.getText()) != null) {
                    return new Value.Dynamic("the string is not terminated", r);
                }
            }
            return string(s.STRING());
        } else if (ctx instanceof XenParser.ConstantAtomContext c) {
            return switch (c.getStart().getType()) {
                case XenLexer.TRUE -> new Value.Bool(true, r);
                case XenLexer.FALSE -> new Value.Bool(false, r);
                default -> new Value.None(r);
            };
        } else if (ctx instanceof XenParser.NameAtomContext n) {
            String name = n.NAME().getText();
            namesRead.add(name);
            Value v = env.get(name);
            if (v == null) {
                return new Value.Dynamic("`" + name + "` is not defined in this file; xm takes such names from its "
                        + "command line (`xm create FILE " + name + "=...`)", r);
            }
            return v;
        } else if (ctx instanceof XenParser.ListAtomContext l) {
            if (l.compFor() != null) {
                return new Value.Dynamic("a list comprehension is computed by Python; xenlint does not run it", r);
            }
            return bounded(new Value.ListValue(items(l.testList(), env), r));
        } else if (ctx instanceof XenParser.ParenAtomContext p) {
            if (p.compFor() != null) {
                return new Value.Dynamic("a generator is computed by Python; xenlint does not run it", r);
            }
            if (p.testList() == null) {
                return new Value.Tuple(List.of(), r);
            }
            if (p.testList().test().size() == 1 && p.testList().COMMA().isEmpty()) {
                return test(p.testList().test(0), env);
            }
            return bounded(new Value.Tuple(items(p.testList(), env), r));
        } else if (ctx instanceof XenParser.DictAtomContext d) {
            XenParser.DictEntriesContext entries = d.dictEntries();
            if (entries == null) {
                return new Value.Dict(List.of(), List.of(), r);
            }
            if (entries.testList() != null) {
                return new Value.Dynamic("a set is not a value xm reads", r);
            }
            List<Value> keys = new ArrayList<>();
            List<Value> values = new ArrayList<>();
            List<XenParser.TestContext> tests = entries.test();
            for (int i = 0; i + 1 < tests.size(); i += 2) {
                keys.add(test(tests.get(i), env));
                values.add(test(tests.get(i + 1), env));
            }
            return bounded(new Value.Dict(List.copyOf(keys), List.copyOf(values), r));
        }
        return new Value.Dynamic("incomplete expression", r);
    }

    private List<Value> items(XenParser.TestListContext list, Env env) {
        if (list == null) {
            return List.of();
        }
        List<Value> items = new ArrayList<>();
        for (XenParser.TestContext t : list.test()) {
            items.add(test(t, env));
        }
        return List.copyOf(items);
    }

    /** Decodes adjacent string literals ('a' "b" is "ab") keeping each char's source span. */
    Value.Str string(List<org.antlr.v4.runtime.tree.TerminalNode> tokens) {
        StringBuilder value = new StringBuilder();
        List<int[]> startParts = new ArrayList<>();
        List<int[]> endParts = new ArrayList<>();
        TextRange all = null;
        for (var node : tokens) {
            Token t = node.getSymbol();
            TextRange tr = tree.range(t);
            all = all == null ? tr : all.cover(tr);
            StringLiterals.Decoded d = StringLiterals.decode(t.getText());
            value.append(d.value());
            int[] s = d.starts().clone();
            int[] e = d.ends().clone();
            for (int i = 0; i < s.length; i++) {
                s[i] += tr.start();
                e[i] += tr.start();
            }
            startParts.add(s);
            endParts.add(e);
        }
        return new Value.Str(value.toString(), Objects.requireNonNull(all), concat(startParts), concat(endParts));
    }

    private static int[] concat(List<int[]> parts) {
        int n = parts.stream().mapToInt(a -> a.length).sum();
        int[] out = new int[n];
        int at = 0;
        for (int[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private Value call(XenParser.CallExprContext c, Env env, TextRange r) {
        List<Value> args = new ArrayList<>();
        boolean plainArgs = true;
        if (c.arguments() != null) {
            for (XenParser.ArgumentContext a : c.arguments().argument()) {
                if (a.test() != null && a.NAME() == null && a.STAR() == null && a.POWER() == null
                        && a.compFor() == null) {
                    args.add(test(a.test(), env));
                } else {
                    plainArgs = false;
                    if (a.test() != null) {
                        test(a.test(), env);
                    }
                }
            }
        }
        XenParser.ExprContext callee = c.expr();
        if (callee instanceof XenParser.AtomExprContext a && a.atom() instanceof XenParser.NameAtomContext n) {
            String name = n.NAME().getText();
            namesRead.add(name);
            Value bound = env.get(name);
            if (bound == null && plainArgs && args.size() == 1) {
                Value arg = args.get(0);
                switch (name) {
                    case "int" -> {
                        return map(arg, r, v -> Operations.toInt(v, r));
                    }
                    case "str" -> {
                        return map(arg, r, v -> Operations.toStr(v, r));
                    }
                    case "len" -> {
                        return map(arg, r, v -> Operations.length(v, r));
                    }
                    default -> { }
                }
            }
            String why = bound instanceof Value.Dynamic d ? d.reason()
                    : bound == null ? "`" + name + "` is not defined in this file" : "`" + name + "` is not a function";
            return new Value.Dynamic("`" + text(c) + "` is a call xenlint does not run (" + why + ")", r);
        }
        expr(callee, env);
        return new Value.Dynamic("`" + text(c) + "` is computed by Python when xm runs; xenlint does not run it", r);
    }

    private Value subscript(XenParser.SubscriptExprContext s, Env env, TextRange r) {
        Value target = expr(s.expr(), env);
        List<XenParser.SubscriptContext> subs = s.subscripts().subscript();
        if (subs.size() != 1) {
            return dynamicOf(target, r);
        }
        XenParser.SubscriptContext sub = subs.get(0);
        if (sub.COLON().isEmpty()) {
            Value index = test(sub.test(0), env);
            return binary(target, index, r, (t, i) -> Operations.index(t, i, r));
        }
        if (sub.COLON().size() > 1) {
            return new Value.Dynamic("extended slices are not evaluated", r);
        }
        // a[lo:hi]: which tests exist depends on where the colon is
        Value lo = null;
        Value hi = null;
        for (XenParser.TestContext t : sub.test()) {
            if (t.getStart().getTokenIndex() < sub.COLON(0).getSymbol().getTokenIndex()) {
                lo = test(t, env);
            } else {
                hi = test(t, env);
            }
        }
        Value from = lo;
        Value to = hi;
        return map(target, r, t -> Operations.slice(t, from, to, r));
    }

    /**
     * The value itself, or dynamic when it is larger than
     * {@link Operations#MAX_VALUE_SIZE}, nested deeper than
     * {@link #MAX_VALUE_DEPTH}, or when the file has built more than
     * {@link #MAX_TOTAL_SIZE} chars and items in all.
     */
    Value bounded(Value v) {
        if (!(v instanceof Value.Str || v instanceof Value.ListValue || v instanceof Value.Tuple
                || v instanceof Value.Dict || v instanceof Value.Alternatives)) {
            return v;
        }
        long[] m = measure(v);
        if (m[0] > Operations.MAX_VALUE_SIZE) {
            return Operations.tooBig(v.range());
        }
        if (m[1] > MAX_VALUE_DEPTH) {
            return new Value.Dynamic("the value is nested too deeply to evaluate (xenlint folds lists nested up to "
                    + MAX_VALUE_DEPTH + " deep)", v.range());
        }
        total += m[0];
        if (total > MAX_TOTAL_SIZE) {
            return new Value.Dynamic("the values this file builds are too large together to evaluate (xenlint folds "
                    + "up to " + MAX_TOTAL_SIZE + " characters and items per file)", v.range());
        }
        return v;
    }

    /** {size, depth} of a value; containers are remembered, so each is measured once. */
    private long[] measure(Value v) {
        if (v instanceof Value.Str s) {
            return new long[] {s.value().length(), 0};
        }
        List<Value> parts;
        if (v instanceof Value.ListValue l) {
            parts = l.items();
        } else if (v instanceof Value.Tuple t) {
            parts = t.items();
        } else if (v instanceof Value.Dict d) {
            parts = new ArrayList<>(d.keys());
            parts.addAll(d.values());
        } else if (v instanceof Value.Alternatives a) {
            long size = 0;
            long deepest = 0;
            for (Value o : a.options()) {
                long[] m = measure(o);
                size += m[0];
                deepest = Math.max(deepest, m[1]);
            }
            return new long[] {size, deepest};
        } else {
            return new long[] {1, 0};
        }
        long[] known = measured.get(v);
        if (known != null) {
            return known;
        }
        long size = parts.size();
        long deepest = 0;
        for (Value p : parts) {
            long[] m = measure(p);
            size = Math.min(size + m[0], Long.MAX_VALUE / 4);
            deepest = Math.max(deepest, m[1]);
        }
        long[] m = {size, deepest + 1};
        measured.put(v, m);
        return m;
    }

    static Boolean truth(Value v) {
        if (v instanceof Value.Str s) {
            return !s.value().isEmpty();
        } else if (v instanceof Value.Int i) {
            return i.value() != 0;
        } else if (v instanceof Value.Float f) {
            return f.value() != 0;
        } else if (v instanceof Value.Bool b) {
            return b.value();
        } else if (v instanceof Value.None) {
            return false;
        } else if (v instanceof Value.ListValue l) {
            return !l.items().isEmpty();
        } else if (v instanceof Value.Tuple t) {
            return !t.items().isEmpty();
        } else if (v instanceof Value.Dict d) {
            return !d.keys().isEmpty();
        } else if (v instanceof Value.Alternatives a) {
            Boolean first = truth(a.options().get(0));
            for (Value o : a.options()) {
                if (first == null || !first.equals(truth(o))) {
                    return null;
                }
            }
            return first;
        }
        return null;
    }

    /** A dynamic value at {@code r} carrying the reason of {@code cause} if it is dynamic. */
    static Value dynamicOf(Value cause, TextRange r) {
        for (Value o : cause.options()) {
            if (o instanceof Value.Dynamic d) {
                return new Value.Dynamic(d.reason(), r);
            }
            if (o instanceof Value.Absent) {
                return new Value.Dynamic("a name used here is not set on every path through the file", r);
            }
        }
        if (cause instanceof Value.Alternatives) {
            return new Value.Dynamic("depends on which branch of an `if` ran", r);
        }
        return new Value.Dynamic("cannot be evaluated", r);
    }

    private static Value map(Value v, TextRange r, java.util.function.UnaryOperator<Value> fn) {
        if (v instanceof Value.Alternatives a) {
            List<Value> out = new ArrayList<>();
            for (Value o : a.options()) {
                out.add(map(o, r, fn));
            }
            return Value.Alternatives.of(out);
        }
        if (v instanceof Value.Dynamic || v instanceof Value.Absent) {
            return dynamicOf(v, r);
        }
        return fn.apply(v);
    }

    /** Applies a binary operation to constants, to every combination of alternatives, or yields dynamic. */
    private static Value binary(Value left, Value right, TextRange r, BinaryOperator<Value> fn) {
        List<Value> ls = left.options();
        List<Value> rs = right.options();
        if (ls.size() * rs.size() > MAX_COMBINATIONS) {
            return new Value.Dynamic("too many combinations of `if` branches to evaluate", r);
        }
        List<Value> out = new ArrayList<>();
        for (Value l : ls) {
            for (Value rv : rs) {
                if (l instanceof Value.Dynamic || l instanceof Value.Absent) {
                    out.add(dynamicOf(l, r));
                } else if (rv instanceof Value.Dynamic || rv instanceof Value.Absent) {
                    out.add(dynamicOf(rv, r));
                } else {
                    out.add(fn.apply(l, rv));
                }
            }
        }
        return Value.Alternatives.of(out);
    }
}
