package dev.xenlint.model;

import dev.xenlint.syntax.StringLiterals;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.syntax.Node;
import dev.xenlint.syntax.NodeKind;
import dev.xenlint.syntax.Token;
import dev.xenlint.syntax.TokenKind;
import dev.xenlint.syntax.TreeElement;
import dev.xenlint.text.TextRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
    /**
     * The reason given for each name read before it is set, made once per name: a file that reads one such
     * name on every line (`a == 1` a hundred thousand times) would otherwise build the same sentence for each.
     */
    private final java.util.HashMap<String, String> undefinedReasons = new java.util.HashMap<>();

    Evaluator(SyntaxTree tree, Set<String> namesRead) {
        this.tree = tree;
        this.namesRead = namesRead;
    }

    private String undefinedReason(String name) {
        String reason = undefinedReasons.get(name);
        if (reason == null) {
            reason = "`" + name + "` is not defined in this file; xm takes such names from its "
                    + "command line (`xm create FILE " + name + "=...`)";
            undefinedReasons.put(name, reason);
        }
        return reason;
    }

    TextRange range(Node node) {
        return node.range();
    }

    /**
     * The node's tokens as written, with one space wherever the source has whitespace, a line break or a
     * comment between two of them: the same text whatever the layout {@code format} gives the expression.
     */
    String text(Node node) {
        StringBuilder sb = new StringBuilder();
        ArrayDeque<TreeElement> todo = new ArrayDeque<>();
        todo.push(node);
        int end = -1;
        while (!todo.isEmpty()) { // iterative: trees may be deep
            TreeElement e = todo.pop();
            if (e instanceof Token t) {
                if (t.text().isEmpty()) {
                    continue; // a token the parser made up for a missing one
                }
                if (end >= 0 && t.start() > end) {
                    sb.append(' ');
                }
                sb.append(t.text());
                end = t.end();
            } else {
                Node n = (Node) e;
                for (int i = n.childCount() - 1; i >= 0; i--) {
                    todo.push(n.child(i));
                }
            }
        }
        return sb.toString();
    }

    Value testList(Node list, Env env) {
        Node only = onlyTest(list);
        if (only != null) {
            return test(only, env); // the usual `k = v`: no list of the tests built
        }
        List<Node> tests = list.tests();
        List<Value> items = new ArrayList<>();
        for (Node t : tests) {
            items.add(test(t, env));
        }
        return literal(new Value.Tuple(List.copyOf(items), range(list)));
    }

    /** The one test of a test list without a comma ({@code v}, not {@code v,} or {@code a, b}), or null: one pass. */
    private static Node onlyTest(Node list) {
        Node only = null;
        for (int i = 0, n = list.childCount(); i < n; i++) {
            TreeElement c = list.child(i);
            if (c instanceof Node t) {
                if (t.is(NodeKind.Category.TEST)) {
                    if (only != null) {
                        return null;
                    }
                    only = t;
                }
            } else if (((Token) c).is(TokenKind.COMMA)) {
                return null;
            }
        }
        return only;
    }

    Value test(Node test, Env env) {
        if (++depth > MAX_DEPTH) {
            depth--;
            return new Value.Dynamic("expression nested too deeply to evaluate", range(test));
        }
        try {
            if (test.is(NodeKind.CONDITIONAL_TEST)) {
                Value body = expr(test.expr(0), env);
                if (!test.has(TokenKind.IF)) {
                    return body;
                }
                Value condition = expr(test.expr(1), env);
                Boolean truth = truth(condition);
                if (truth == null) {
                    return Value.Alternatives.of(List.of(body, test(test.test(0), env)));
                }
                return truth ? body : test(test.test(0), env);
            }
            if (test.is(NodeKind.LAMBDA_TEST)) {
                return new Value.Dynamic("a lambda is a function; xenlint does not call it", range(test));
            }
            return new Value.Dynamic("incomplete expression", range(test));
        } finally {
            depth--;
        }
    }

    Value expr(Node expr, Env env) {
        if (expr == null) {
            return new Value.Dynamic("incomplete expression", TextRange.empty(0));
        }
        if (++depth > MAX_DEPTH) {
            depth--;
            return new Value.Dynamic("expression nested too deeply to evaluate", range(expr));
        }
        try {
            return exprUnguarded(expr, env);
        } finally {
            depth--;
        }
    }

    private Value exprUnguarded(Node e, Env env) {
        if (e.kind() == NodeKind.ATOM_EXPR) {
            return atom(e.atom(), env); // the usual expression: its range (a new object for most) is not needed
        }
        TextRange r = range(e);
        switch (e.kind()) {
            case CALL_EXPR -> {
                return call(e, env, r);
            }
            case SUBSCRIPT_EXPR -> {
                return subscript(e, env, r);
            }
            case ATTRIBUTE_EXPR -> {
                expr(e.expr(0), env);
                return new Value.Dynamic("`" + text(e) + "` is computed by Python when xm runs; xenlint does not run it", r);
            }
            case POWER_EXPR -> {
                return binary(expr(e.expr(0), env), expr(e.expr(1), env), r, new Operation(Kind.POWER, null, r));
            }
            case UNARY_EXPR -> {
                Value operand = expr(e.expr(0), env);
                TokenKind op = e.operator().kind();
                return map(operand, r, new Operation(Kind.UNARY, op, r));
            }
            case MULTIPLICATIVE_EXPR -> {
                TokenKind op = e.operator().kind();
                return binary(expr(e.expr(0), env), expr(e.expr(1), env), r,
                        new Operation(Kind.MULTIPLICATIVE, op, r));
            }
            case ADDITIVE_EXPR -> {
                TokenKind op = e.operator().kind();
                return binary(expr(e.expr(0), env), expr(e.expr(1), env), r,
                        new Operation(Kind.ADDITIVE, op, r));
            }
            case SHIFT_EXPR -> {
                TokenKind op = e.operator().kind();
                return binary(expr(e.expr(0), env), expr(e.expr(1), env), r, new Operation(Kind.BITWISE, op, r));
            }
            case BIT_AND_EXPR -> {
                return binary(expr(e.expr(0), env), expr(e.expr(1), env), r,
                        new Operation(Kind.BITWISE, TokenKind.AMPERSAND, r));
            }
            case BIT_XOR_EXPR -> {
                return binary(expr(e.expr(0), env), expr(e.expr(1), env), r,
                        new Operation(Kind.BITWISE, TokenKind.CARET, r));
            }
            case BIT_OR_EXPR -> {
                return binary(expr(e.expr(0), env), expr(e.expr(1), env), r,
                        new Operation(Kind.BITWISE, TokenKind.PIPE, r));
            }
            case COMPARISON_EXPR -> {
                String op = e.node(NodeKind.COMPARISON).text();
                return binary(expr(e.expr(0), env), expr(e.expr(1), env), r, new Operation(op, r));
            }
            case NOT_EXPR -> {
                return map(expr(e.expr(0), env), r, new Operation(Kind.NOT, null, r));
            }
            case AND_EXPR -> {
                Value left = expr(e.expr(0), env);
                Value right = expr(e.expr(1), env);
                Boolean t = truth(left);
                return t == null ? dynamicOf(left, r) : t ? right : left;
            }
            case OR_EXPR -> {
                Value left = expr(e.expr(0), env);
                Value right = expr(e.expr(1), env);
                Boolean t = truth(left);
                return t == null ? dynamicOf(left, r) : t ? left : right;
            }
            default -> {
                return new Value.Dynamic("incomplete expression", r);
            }
        }
    }

    private Value atom(Node atom, Env env) {
        TextRange r = range(atom);
        switch (atom.kind()) {
            case NUMBER_ATOM -> {
                return Operations.number(atom.token(TokenKind.NUMBER).text(), r);
            }
            case STRING_ATOM -> {
                List<Token> strings = atom.tokens(TokenKind.STRING);
                for (Token token : strings) {
                    if (StringLiterals.missingTerminator(token.text()) != null) {
                        return new Value.Dynamic("the string is not terminated", r);
                    }
                }
                return string(strings);
            }
            case CONSTANT_ATOM -> {
                return switch (atom.first().kind()) {
                    case TRUE -> new Value.Bool(true, r);
                    case FALSE -> new Value.Bool(false, r);
                    default -> new Value.None(r);
                };
            }
            case NAME_ATOM -> {
                String name = atom.token(TokenKind.NAME).text();
                namesRead.add(name);
                Value v = env.get(name);
                if (v == null) {
                    return new Value.Dynamic(undefinedReason(name), r);
                }
                return v;
            }
            case LIST_ATOM -> {
                if (atom.node(NodeKind.COMP_FOR) != null) {
                    return new Value.Dynamic("a list comprehension is computed by Python; xenlint does not run it", r);
                }
                return literal(new Value.ListValue(items(atom.node(NodeKind.TEST_LIST), env), r));
            }
            case PAREN_ATOM -> {
                if (atom.node(NodeKind.COMP_FOR) != null) {
                    return new Value.Dynamic("a generator is computed by Python; xenlint does not run it", r);
                }
                Node list = atom.node(NodeKind.TEST_LIST);
                if (list == null) {
                    return new Value.Tuple(List.of(), r);
                }
                Node only = onlyTest(list);
                if (only != null) {
                    return test(only, env);
                }
                return literal(new Value.Tuple(items(list, env), r));
            }
            case DICT_ATOM -> {
                Node entries = atom.node(NodeKind.DICT_ENTRIES);
                if (entries == null) {
                    return new Value.Dict(List.of(), List.of(), r);
                }
                if (entries.node(NodeKind.TEST_LIST) != null) {
                    return new Value.Dynamic("a set is not a value xm reads", r);
                }
                List<Value> keys = new ArrayList<>();
                List<Value> values = new ArrayList<>();
                List<Node> tests = entries.tests();
                for (int i = 0; i + 1 < tests.size(); i += 2) {
                    keys.add(test(tests.get(i), env));
                    values.add(test(tests.get(i + 1), env));
                }
                return literal(new Value.Dict(List.copyOf(keys), List.copyOf(values), r));
            }
            default -> {
                return new Value.Dynamic("incomplete expression", r);
            }
        }
    }

    private List<Value> items(Node list, Env env) {
        if (list == null) {
            return List.of();
        }
        List<Value> items = new ArrayList<>();
        for (Node t : list.tests()) {
            items.add(test(t, env));
        }
        return List.copyOf(items);
    }

    /** Decodes adjacent string literals ('a' "b" is "ab") keeping each char's source span. */
    Value.Str string(List<Token> tokens) {
        if (tokens.size() == 1) { // the usual case: one literal, its spans shifted in place (issue 14)
            Token t = tokens.get(0);
            TextRange tr = t.range();
            StringLiterals.Decoded d = StringLiterals.decode(t.text(), tr.start()); // fresh arrays, spans in the file
            return new Value.Str(d.value(), tr, d.starts(), d.ends());
        }
        StringBuilder value = new StringBuilder();
        List<int[]> startParts = new ArrayList<>();
        List<int[]> endParts = new ArrayList<>();
        TextRange all = null;
        for (Token t : tokens) {
            TextRange tr = t.range();
            all = all == null ? tr : all.cover(tr);
            StringLiterals.Decoded d = StringLiterals.decode(t.text(), tr.start());
            value.append(d.value());
            startParts.add(d.starts());
            endParts.add(d.ends());
        }
        return new Value.Str(value.toString(), Objects.requireNonNull(all), concat(startParts), concat(endParts));
    }

    private static int[] concat(List<int[]> parts) {
        int n = 0;
        for (int[] p : parts) {
            n += p.length;
        }
        int[] out = new int[n];
        int at = 0;
        for (int[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private Value call(Node c, Env env, TextRange r) {
        List<Value> args = new ArrayList<>();
        boolean plainArgs = true;
        Node arguments = c.node(NodeKind.ARGUMENTS);
        if (arguments != null) {
            for (Node a : arguments.nodes(NodeKind.ARGUMENT)) {
                Node test = a.test(0);
                if (test != null && !a.has(TokenKind.NAME) && !a.has(TokenKind.STAR) && !a.has(TokenKind.POWER)
                        && a.node(NodeKind.COMP_FOR) == null) {
                    args.add(test(test, env));
                } else {
                    plainArgs = false;
                    if (test != null) {
                        test(test, env);
                    }
                }
            }
        }
        Node callee = c.expr(0);
        if (callee != null && callee.is(NodeKind.ATOM_EXPR) && callee.atom() != null
                && callee.atom().is(NodeKind.NAME_ATOM)) {
            String name = callee.atom().token(TokenKind.NAME).text();
            namesRead.add(name);
            Value bound = env.get(name);
            if (bound == null && plainArgs && args.size() == 1) {
                Value arg = args.get(0);
                switch (name) {
                    case "int" -> {
                        return map(arg, r, new Operation(Kind.INT, null, r));
                    }
                    case "str" -> {
                        return map(arg, r, new Operation(Kind.STR, null, r));
                    }
                    case "len" -> {
                        return map(arg, r, new Operation(Kind.LEN, null, r));
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

    private Value subscript(Node s, Env env, TextRange r) {
        Value target = expr(s.expr(0), env);
        List<Node> subs = s.node(NodeKind.SUBSCRIPTS).nodes(NodeKind.SUBSCRIPT);
        if (subs.size() != 1) {
            return dynamicOf(target, r);
        }
        Node sub = subs.get(0);
        List<Token> colons = sub.tokens(TokenKind.COLON);
        if (colons.isEmpty()) {
            Value index = test(sub.test(0), env);
            return binary(target, index, r, new Operation(Kind.INDEX, null, r));
        }
        if (colons.size() > 1) {
            return new Value.Dynamic("extended slices are not evaluated", r);
        }
        // a[lo:hi]: which tests exist depends on where the colon is
        Value lo = null;
        Value hi = null;
        int colon = colons.get(0).range().start();
        for (Node t : sub.tests()) {
            if (t.first().range().start() < colon) {
                lo = test(t, env);
            } else {
                hi = test(t, env);
            }
        }
        Value from = lo;
        Value to = hi;
        return map(target, r, new Operation(from, to, r));
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

    /**
     * A list, tuple or dict written in the file. One that is no larger than the text that wrote it
     * (its items are literals, or names of small values) is kept whatever its size: the file size
     * limit bounds it already, and capping it would make the entries of a long `disk` list vanish
     * from every check. Only the depth cap applies to it, and it does not count towards the
     * file's budget, which is for values computed by operators. A literal larger than its text
     * (`[a, a]` where `a` is long) is amplified by names, and {@link #bounded bounded} as any other.
     */
    Value literal(Value v) {
        long[] m = measure(v);
        if (m[0] > v.range().length()) {
            return bounded(v);
        }
        if (m[1] > MAX_VALUE_DEPTH) {
            return new Value.Dynamic("the value is nested too deeply to evaluate (xenlint folds lists nested up to "
                    + MAX_VALUE_DEPTH + " deep)", v.range());
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

    private static Value map(Value v, TextRange r, Operation fn) {
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
    private static Value binary(Value left, Value right, TextRange r, Operation fn) {
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

    private enum Kind { UNARY, NOT, INT, STR, LEN, SLICE, POWER, MULTIPLICATIVE, ADDITIVE, BITWISE, COMPARE, INDEX }

    /**
     * One operation on constants, for {@link #map} (one operand) or {@link #binary} (two): an object
     * rather than a lambda per operator, as no lambda may be on the way of a short check (see
     * StartupPathTest).
     */
    private final class Operation {
        private final Kind kind;
        private final TokenKind op;
        private final String comparison;
        private final Value from;
        private final Value to;
        private final TextRange r;

        Operation(Kind kind, TokenKind op, TextRange r) {
            this(kind, op, null, null, null, r);
        }

        /** A comparison, {@code op} as written ({@code not in}, {@code is not}, ...). */
        Operation(String comparison, TextRange r) {
            this(Kind.COMPARE, null, comparison, null, null, r);
        }

        /** A slice {@code [from:to]}, either bound absent (null). */
        Operation(Value from, Value to, TextRange r) {
            this(Kind.SLICE, null, null, from, to, r);
        }

        private Operation(Kind kind, TokenKind op, String comparison, Value from, Value to, TextRange r) {
            this.kind = kind;
            this.op = op;
            this.comparison = comparison;
            this.from = from;
            this.to = to;
            this.r = r;
        }

        /** The operation on one constant operand. */
        Value apply(Value v) {
            switch (kind) {
                case UNARY:
                    return Operations.unary(op, v, r);
                case NOT: {
                    Boolean t = truth(v);
                    return t == null ? dynamicOf(v, r) : new Value.Bool(!t, r);
                }
                case INT:
                    return Operations.toInt(v, r);
                case STR:
                    return Operations.toStr(v, r);
                case LEN:
                    return Operations.length(v, r);
                case SLICE:
                    return Operations.slice(v, from, to, r);
                default:
                    throw new IllegalStateException(kind + " takes two operands");
            }
        }

        /** The operation on two constant operands. */
        Value apply(Value x, Value y) {
            switch (kind) {
                case POWER:
                    return Operations.power(x, y, r);
                case MULTIPLICATIVE:
                    return bounded(Operations.multiplicative(op, x, y, r));
                case ADDITIVE:
                    return bounded(Operations.additive(op, x, y, r));
                case BITWISE:
                    return Operations.bitwise(op, x, y, r);
                case COMPARE:
                    return Operations.compare(comparison, x, y, r);
                case INDEX:
                    return Operations.index(x, y, r);
                default:
                    throw new IllegalStateException(kind + " takes one operand");
            }
        }
    }

}
