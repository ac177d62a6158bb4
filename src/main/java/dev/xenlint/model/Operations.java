package dev.xenlint.model;

import dev.xenlint.syntax.TokenKind;
import dev.xenlint.text.TextRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Python 2 semantics of the operations the evaluator folds, on constant operands. */
final class Operations {

    /**
     * Largest value folded: chars of a string, or items of a list, tuple or
     * dict with the items of nested ones counted too. A larger value is
     * dynamic (no configuration needs one, and folding `a = a + a` a few dozen
     * times would otherwise exhaust memory).
     */
    static final int MAX_VALUE_SIZE = 1 << 16;

    private Operations() {
    }

    static Value number(String text, TextRange r) {
        String t = text;
        char last = t.charAt(t.length() - 1);
        if (last == 'j' || last == 'J') {
            return new Value.Dynamic("complex numbers are not configuration values", r);
        }
        if (last == 'l' || last == 'L') {
            t = t.substring(0, t.length() - 1);
        }
        try {
            if (t.startsWith("0x") || t.startsWith("0X")) {
                return new Value.Int(Long.parseLong(t.substring(2), 16), r);
            }
            if (t.contains(".") || t.contains("e") || t.contains("E")) {
                return new Value.Float(Double.parseDouble(t), r);
            }
            if (t.length() > 1 && t.charAt(0) == '0') {
                return new Value.Int(Long.parseLong(t.substring(1), 8), r);
            }
            return new Value.Int(Long.parseLong(t), r);
        } catch (NumberFormatException e) {
            return new Value.Dynamic("`" + text + "` is not a number Python accepts", r);
        }
    }

    static Value unary(TokenKind op, Value v, TextRange r) {
        if (v instanceof Value.Bool b) {
            v = new Value.Int(b.value() ? 1 : 0, b.range());
        }
        if (v instanceof Value.Int i) {
            return switch (op) {
                case MINUS -> i.value() == Long.MIN_VALUE ? tooLarge(r) : new Value.Int(-i.value(), r);
                case TILDE -> new Value.Int(~i.value(), r);
                default -> new Value.Int(i.value(), r);
            };
        }
        if (v instanceof Value.Float f && op != TokenKind.TILDE) {
            return new Value.Float(op == TokenKind.MINUS ? -f.value() : f.value(), r);
        }
        return typeError("unary operator on " + an(v), r);
    }

    static Value additive(TokenKind op, Value a, Value b, TextRange r) {
        if (op == TokenKind.PLUS) {
            if (a instanceof Value.Str x && b instanceof Value.Str y) {
                return new Value.Str(x.value() + y.value(), r, join(x.starts(), y.starts()), join(x.ends(), y.ends()));
            }
            if (a instanceof Value.ListValue x && b instanceof Value.ListValue y) {
                List<Value> items = new ArrayList<>(x.items());
                items.addAll(y.items());
                return new Value.ListValue(List.copyOf(items), r);
            }
            if (a instanceof Value.Tuple x && b instanceof Value.Tuple y) {
                List<Value> items = new ArrayList<>(x.items());
                items.addAll(y.items());
                return new Value.Tuple(List.copyOf(items), r);
            }
        }
        return arithmetic(op, a, b, r);
    }

    static Value multiplicative(TokenKind op, Value a, Value b, TextRange r) {
        if (op == TokenKind.PERCENT && a instanceof Value.Str format) {
            return PercentFormat.format(format, b, r);
        }
        if (op == TokenKind.STAR) {
            Value seq = a instanceof Value.Int ? b : a;
            Value count = a instanceof Value.Int ? a : b;
            if (count instanceof Value.Int n && (seq instanceof Value.Str || seq instanceof Value.ListValue)) {
                int length = seq instanceof Value.Str s ? s.value().length() : ((Value.ListValue) seq).items().size();
                if (n.value() > 0 && length > 0 && n.value() > MAX_VALUE_SIZE / length) {
                    return tooBig(r);
                }
                int times = (int) Math.max(0, n.value());
                if (seq instanceof Value.Str s) {
                    int[] st = new int[s.value().length() * times];
                    int[] en = new int[st.length];
                    for (int k = 0; k < times; k++) {
                        System.arraycopy(s.starts(), 0, st, k * s.value().length(), s.value().length());
                        System.arraycopy(s.ends(), 0, en, k * s.value().length(), s.value().length());
                    }
                    return new Value.Str(s.value().repeat(times), r, st, en);
                }
                if (seq instanceof Value.ListValue l) {
                    List<Value> items = new ArrayList<>();
                    for (int k = 0; k < times; k++) {
                        items.addAll(l.items());
                    }
                    return new Value.ListValue(List.copyOf(items), r);
                }
            }
        }
        return arithmetic(op, a, b, r);
    }

    private static Value arithmetic(TokenKind op, Value a, Value b, TextRange r) {
        Value x = boolToInt(a);
        Value y = boolToInt(b);
        if (x instanceof Value.Int i && y instanceof Value.Int j) {
            long p = i.value();
            long q = j.value();
            try {
                return switch (op) {
                    case PLUS -> new Value.Int(Math.addExact(p, q), r);
                    case MINUS -> new Value.Int(Math.subtractExact(p, q), r);
                    case STAR -> new Value.Int(Math.multiplyExact(p, q), r);
                    // Python 2: / on integers is floor division
                    case SLASH, FLOOR_DIV -> q == 0 ? typeError("division by zero", r)
                            : new Value.Int(Math.floorDiv(p, q), r);
                    case PERCENT -> q == 0 ? typeError("modulo by zero", r) : new Value.Int(Math.floorMod(p, q), r);
                    default -> typeError("unsupported operator", r);
                };
            } catch (ArithmeticException overflow) {
                return tooLarge(r);
            }
        }
        if (isNumber(x) && isNumber(y)) {
            double p = asDouble(x);
            double q = asDouble(y);
            return switch (op) {
                case PLUS -> new Value.Float(p + q, r);
                case MINUS -> new Value.Float(p - q, r);
                case STAR -> new Value.Float(p * q, r);
                case SLASH -> q == 0 ? typeError("division by zero", r) : new Value.Float(p / q, r);
                case FLOOR_DIV -> q == 0 ? typeError("division by zero", r) : new Value.Float(Math.floor(p / q), r);
                case PERCENT -> q == 0 ? typeError("modulo by zero", r) : new Value.Float(p - Math.floor(p / q) * q, r);
                default -> typeError("unsupported operator", r);
            };
        }
        return typeError("cannot combine " + an(a) + " and " + an(b), r);
    }

    static Value power(Value a, Value b, TextRange r) {
        Value x = boolToInt(a);
        Value y = boolToInt(b);
        if (x instanceof Value.Int i && y instanceof Value.Int j && j.value() >= 0) {
            if (i.value() == 0 || i.value() == 1 || i.value() == -1) { // no overflow ends the loop: answer directly
                long result = j.value() == 0 ? 1 : i.value() == -1 && j.value() % 2 == 0 ? 1 : i.value();
                return new Value.Int(result, r);
            }
            long result = 1;
            try {
                for (long k = 0; k < j.value(); k++) {
                    result = Math.multiplyExact(result, i.value());
                    if (result == 0 || result == 1 && i.value() == 1) {
                        break;
                    }
                }
            } catch (ArithmeticException overflow) {
                return tooLarge(r);
            }
            return new Value.Int(result, r);
        }
        if (isNumber(x) && isNumber(y)) {
            return new Value.Float(Math.pow(asDouble(x), asDouble(y)), r);
        }
        return typeError("cannot raise " + an(a) + " to a power", r);
    }

    static Value bitwise(TokenKind op, Value a, Value b, TextRange r) {
        Value x = boolToInt(a);
        Value y = boolToInt(b);
        if (x instanceof Value.Int i && y instanceof Value.Int j) {
            long p = i.value();
            long q = j.value();
            return switch (op) {
                case AMPERSAND -> new Value.Int(p & q, r);
                case PIPE -> new Value.Int(p | q, r);
                case CARET -> new Value.Int(p ^ q, r);
                case LEFT_SHIFT -> q < 0 || q > 62 || (p << q) >> q != p ? tooLarge(r) : new Value.Int(p << q, r);
                case RIGHT_SHIFT -> q < 0 ? typeError("negative shift", r) : new Value.Int(p >> Math.min(q, 63), r);
                default -> typeError("unsupported operator", r);
            };
        }
        return typeError("bitwise operator on " + an(a) + " and " + an(b), r);
    }

    static Value compare(String op, Value a, Value b, TextRange r) {
        switch (op) {
            case "==" -> {
                return new Value.Bool(same(a, b), r);
            }
            case "!=", "<>" -> {
                return new Value.Bool(!same(a, b), r);
            }
            case "in", "notin" -> {
                Boolean in = contains(b, a);
                return in == null ? typeError("`in` on " + an(b), r) : new Value.Bool(in == op.equals("in"), r);
            }
            case "is", "isnot" -> {
                if (a instanceof Value.None || b instanceof Value.None) {
                    boolean is = a instanceof Value.None && b instanceof Value.None;
                    return new Value.Bool(is == op.equals("is"), r);
                }
                return new Value.Dynamic("`is` compares object identity, which only Python knows", r);
            }
            default -> {
                Integer c = order(a, b);
                if (c == null) {
                    return typeError("cannot order " + an(a) + " and " + an(b), r);
                }
                boolean result = switch (op) {
                    case "<" -> c < 0;
                    case ">" -> c > 0;
                    case "<=" -> c <= 0;
                    default -> c >= 0;
                };
                return new Value.Bool(result, r);
            }
        }
    }

    static Value toInt(Value v, TextRange r) {
        if (v instanceof Value.Int i) {
            return new Value.Int(i.value(), r);
        } else if (v instanceof Value.Bool b) {
            return new Value.Int(b.value() ? 1 : 0, r);
        } else if (v instanceof Value.Float f) {
            return new Value.Int((long) f.value(), r);
        } else if (v instanceof Value.Str s) {
            try {
                return new Value.Int(Long.parseLong(s.value().strip()), r);
            } catch (NumberFormatException e) {
                return typeError("int() of '" + s.value() + "'", r);
            }
        }
        return typeError("int() of " + an(v), r);
    }

    static Value toStr(Value v, TextRange r) {
        if (v instanceof Value.Str s) {
            return new Value.Str(s.value(), r, s.starts(), s.ends());
        }
        String text = PercentFormat.str(v);
        return text == null ? typeError("str() of " + an(v), r) : Value.Str.synthetic(text, r);
    }

    static Value length(Value v, TextRange r) {
        if (v instanceof Value.Str s) {
            return new Value.Int(s.value().length(), r);
        } else if (v instanceof Value.ListValue l) {
            return new Value.Int(l.items().size(), r);
        } else if (v instanceof Value.Tuple t) {
            return new Value.Int(t.items().size(), r);
        } else if (v instanceof Value.Dict d) {
            return new Value.Int(d.keys().size(), r);
        }
        return typeError("len() of " + an(v), r);
    }

    static Value index(Value target, Value index, TextRange r) {
        if (target instanceof Value.Dict d) {
            for (int k = 0; k < d.keys().size(); k++) {
                if (same(d.keys().get(k), index)) {
                    return d.values().get(k);
                }
            }
            return typeError("key not in the dict", r);
        }
        Value key = boolToInt(index);
        if (!(key instanceof Value.Int i)) {
            return typeError("index is " + an(index), r);
        }
        int size = sizeOf(target);
        if (size < 0) {
            return typeError("cannot index " + an(target), r);
        }
        long at = i.value() < 0 ? i.value() + size : i.value();
        if (at < 0 || at >= size) {
            return typeError("index out of range", r);
        }
        int k = (int) at;
        if (target instanceof Value.Str s) {
            return new Value.Str(s.value().substring(k, k + 1), r, new int[] {s.starts()[k]}, new int[] {s.ends()[k]});
        }
        return target instanceof Value.ListValue l ? l.items().get(k) : ((Value.Tuple) target).items().get(k);
    }

    static Value slice(Value target, Value lo, Value hi, TextRange r) {
        int size = sizeOf(target);
        if (size < 0 || !(lo == null || lo instanceof Value.Int) || !(hi == null || hi instanceof Value.Int)) {
            return new Value.Dynamic("slice is not evaluated", r);
        }
        int from = clampIndex(lo == null ? 0 : ((Value.Int) lo).value(), size);
        int to = clampIndex(hi == null ? size : ((Value.Int) hi).value(), size);
        to = Math.max(from, to);
        if (target instanceof Value.Str s) {
            return new Value.Str(s.value().substring(from, to), r, Arrays.copyOfRange(s.starts(), from, to),
                    Arrays.copyOfRange(s.ends(), from, to));
        }
        if (target instanceof Value.ListValue l) {
            return new Value.ListValue(List.copyOf(l.items().subList(from, to)), r);
        }
        return new Value.Tuple(List.copyOf(((Value.Tuple) target).items().subList(from, to)), r);
    }

    private static int clampIndex(long i, int size) {
        long at = i < 0 ? i + size : i;
        return (int) Math.max(0, Math.min(size, at));
    }

    private static int sizeOf(Value v) {
        if (v instanceof Value.Str s) {
            return s.value().length();
        } else if (v instanceof Value.ListValue l) {
            return l.items().size();
        } else if (v instanceof Value.Tuple t) {
            return t.items().size();
        }
        return -1;
    }

    /** Python equality of constants (ranges ignored). */
    static boolean same(Value a, Value b) {
        Value x = boolToInt(a);
        Value y = boolToInt(b);
        if (isNumber(x) && isNumber(y)) {
            return asDouble(x) == asDouble(y);
        }
        if (x instanceof Value.Str s && y instanceof Value.Str t) {
            return s.value().equals(t.value());
        }
        if (x instanceof Value.None && y instanceof Value.None) {
            return true;
        }
        List<Value> p = items(x);
        List<Value> q = items(y);
        if (p != null && q != null && x.getClass() == y.getClass() && p.size() == q.size()) {
            for (int k = 0; k < p.size(); k++) {
                if (!same(p.get(k), q.get(k))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static Boolean contains(Value container, Value item) {
        if (container instanceof Value.Str s && item instanceof Value.Str t) {
            return s.value().contains(t.value());
        }
        List<Value> items = items(container);
        if (container instanceof Value.Dict d) {
            items = d.keys();
        }
        if (items == null) {
            return null;
        }
        for (Value v : items) {
            if (same(v, item)) {
                return true;
            }
        }
        return false;
    }

    private static Integer order(Value a, Value b) {
        Value x = boolToInt(a);
        Value y = boolToInt(b);
        if (isNumber(x) && isNumber(y)) {
            return Double.compare(asDouble(x), asDouble(y));
        }
        if (x instanceof Value.Str s && y instanceof Value.Str t) {
            return s.value().compareTo(t.value());
        }
        return null;
    }

    private static List<Value> items(Value v) {
        if (v instanceof Value.ListValue l) {
            return l.items();
        } else if (v instanceof Value.Tuple t) {
            return t.items();
        }
        return null;
    }

    static Value boolToInt(Value v) {
        return v instanceof Value.Bool b ? new Value.Int(b.value() ? 1 : 0, b.range()) : v;
    }

    static boolean isNumber(Value v) {
        return v instanceof Value.Int || v instanceof Value.Float;
    }

    static double asDouble(Value v) {
        return v instanceof Value.Int i ? i.value() : ((Value.Float) v).value();
    }

    private static int[] join(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** "a string", "an integer", ... */
    static String an(Value v) {
        String t = v.typeName();
        return ("aeiou".indexOf(t.charAt(0)) >= 0 ? "an " : "a ") + t;
    }

    static Value tooLarge(TextRange r) {
        return new Value.Dynamic("the number is too large to evaluate", r);
    }

    /** A value beyond {@link #MAX_VALUE_SIZE}. */
    static Value tooBig(TextRange r) {
        return new Value.Dynamic("the value is too large to evaluate (xenlint folds strings and lists of up to "
                + MAX_VALUE_SIZE + " characters or items)", r);
    }

    static Value typeError(String what, TextRange r) {
        return new Value.Dynamic("Python would stop with an error here (" + what + ")", r);
    }
}
