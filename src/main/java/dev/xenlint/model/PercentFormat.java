package dev.xenlint.model;

import dev.xenlint.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Python 2 {@code %} string formatting and {@code str()} of constants. */
final class PercentFormat {

    private PercentFormat() {
    }

    /**
     * Formats {@code format % args}. Literal chars keep their source spans;
     * substituted text maps to the argument that produced it.
     */
    static Value format(Value.Str format, Value args, TextRange r) {
        List<Value> positional;
        Value.Dict mapping = null;
        if (args instanceof Value.Tuple t) {
            positional = t.items();
        } else {
            positional = List.of(args);
            if (args instanceof Value.Dict d) {
                mapping = d;
            }
        }
        String f = format.value();
        StringBuilder out = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        int next = 0;
        int i = 0;
        while (i < f.length()) {
            char c = f.charAt(i);
            if (c != '%') {
                out.append(c);
                starts.add(format.starts()[i]);
                ends.add(format.ends()[i]);
                i++;
                continue;
            }
            int specStart = i;
            i++;
            Value arg = null;
            if (i < f.length() && f.charAt(i) == '(') {
                int close = f.indexOf(')', i);
                if (close < 0 || mapping == null) {
                    return Operations.typeError("format needs a mapping", r);
                }
                String key = f.substring(i + 1, close);
                arg = lookup(mapping, key);
                if (arg == null) {
                    return Operations.typeError("key '" + key + "' missing from the format mapping", r);
                }
                i = close + 1;
            }
            StringBuilder flags = new StringBuilder();
            while (i < f.length() && "-+ #0".indexOf(f.charAt(i)) >= 0) {
                flags.append(f.charAt(i++));
            }
            int width = -1;
            int widthStart = i;
            while (i < f.length() && Character.isDigit(f.charAt(i))) {
                i++;
            }
            if (i > widthStart) {
                width = Integer.parseInt(f.substring(widthStart, Math.min(i, widthStart + 4)));
            }
            int precision = -1;
            if (i < f.length() && f.charAt(i) == '.') {
                int precStart = ++i;
                while (i < f.length() && Character.isDigit(f.charAt(i))) {
                    i++;
                }
                precision = i > precStart ? Integer.parseInt(f.substring(precStart, Math.min(i, precStart + 4))) : 0;
            }
            while (i < f.length() && "hlL".indexOf(f.charAt(i)) >= 0) {
                i++;
            }
            if (i >= f.length()) {
                return Operations.typeError("incomplete format", r);
            }
            char conv = f.charAt(i++);
            String text;
            if (conv == '%') {
                text = "%";
            } else {
                if (arg == null) {
                    if (next >= positional.size()) {
                        return Operations.typeError("not enough arguments for the format string", r);
                    }
                    arg = positional.get(next++);
                }
                text = convert(conv, arg, flags.toString(), precision);
                if (text == null) {
                    return arg instanceof Value.Dynamic || arg instanceof Value.Alternatives
                            ? Evaluator.dynamicOf(arg, r)
                            : Operations.typeError("%" + conv + " of " + Operations.an(arg), r);
                }
                if (width > text.length()) {
                    String pad = " ".repeat(width - text.length());
                    if (flags.indexOf("-") >= 0) {
                        text = text + pad;
                    } else if (flags.indexOf("0") >= 0 && conv != 's' && conv != 'r') {
                        boolean negative = text.startsWith("-");
                        String digits = negative ? text.substring(1) : text;
                        text = (negative ? "-" : "") + "0".repeat(width - text.length()) + digits;
                    } else {
                        text = pad + text;
                    }
                }
            }
            if (out.length() + text.length() > Operations.MAX_VALUE_SIZE) {
                return Operations.tooBig(r);
            }
            TextRange source = arg == null ? format.rangeOf(specStart, i) : arg.range();
            for (int k = 0; k < text.length(); k++) {
                out.append(text.charAt(k));
                starts.add(source.start());
                ends.add(source.end());
            }
        }
        if (mapping == null && next < positional.size()) {
            return Operations.typeError("not all arguments converted during string formatting", r);
        }
        return new Value.Str(out.toString(), r, ints(starts), ints(ends));
    }

    private static int[] ints(List<Integer> list) { // a loop, not a stream: see StartupPathTest
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    private static Value lookup(Value.Dict mapping, String key) {
        for (int k = 0; k < mapping.keys().size(); k++) {
            if (mapping.keys().get(k) instanceof Value.Str s && s.value().equals(key)) {
                return mapping.values().get(k);
            }
        }
        return null;
    }

    private static String convert(char conv, Value arg, String flags, int precision) {
        Value v = Operations.boolToInt(arg);
        switch (conv) {
            case 's' -> {
                String s = str(arg);
                return s == null ? null : precision >= 0 && precision < s.length() ? s.substring(0, precision) : s;
            }
            case 'r' -> {
                return repr(arg);
            }
            case 'd', 'i', 'u' -> {
                if (v instanceof Value.Int i) {
                    return sign(flags, i.value()) + i.value();
                }
                return v instanceof Value.Float fl ? sign(flags, (long) fl.value()) + (long) fl.value() : null;
            }
            case 'x', 'X', 'o' -> {
                if (!(v instanceof Value.Int i)) {
                    return null;
                }
                long n = i.value();
                String digits = conv == 'o' ? Long.toOctalString(Math.abs(n)) : Long.toHexString(Math.abs(n));
                if (conv == 'X') {
                    digits = digits.toUpperCase(Locale.ROOT);
                }
                if (flags.contains("#")) {
                    digits = (conv == 'o' ? "0" : conv == 'x' ? "0x" : "0X") + digits;
                }
                return (n < 0 ? "-" : sign(flags, n)) + digits;
            }
            case 'f', 'F', 'e', 'E', 'g', 'G' -> {
                if (!Operations.isNumber(v)) {
                    return null;
                }
                double d = Operations.asDouble(v);
                int p = precision < 0 ? 6 : precision;
                return String.format(Locale.ROOT, "%" + (flags.contains("+") ? "+" : "") + "." + p + conv, d);
            }
            case 'c' -> {
                if (v instanceof Value.Int i && i.value() >= 0 && i.value() < 0x110000) {
                    return new String(Character.toChars((int) i.value()));
                }
                return arg instanceof Value.Str s && s.value().length() == 1 ? s.value() : null;
            }
            default -> {
                return null;
            }
        }
    }

    private static String sign(String flags, long n) {
        if (n < 0) {
            return "";
        }
        return flags.contains("+") ? "+" : flags.contains(" ") ? " " : "";
    }

    /** Python 2 {@code str()} of a constant, or null when the value is not a constant. */
    static String str(Value v) {
        if (v instanceof Value.Str s) {
            return s.value();
        }
        return repr(v);
    }

    /**
     * {@code %.1f} of a whole, finite double (what String.format gives, without java.util.Formatter,
     * which compiles a regular expression: see StartupPathTest).
     */
    static String wholeWithOneDecimal(double d) {
        // Formatter writes the shortest digits that identify the double (Double.toString's), then zeros
        String text = new java.math.BigDecimal(Double.toString(d)).setScale(1).toPlainString();
        return d == 0 && 1 / d < 0 ? "-" + text : text;
    }

    /** Python 2 {@code repr()} of a constant, or null when the value is not a constant. */
    static String repr(Value v) {
        if (v instanceof Value.Str s) {
            String q = s.value().contains("'") && !s.value().contains("\"") ? "\"" : "'";
            return q + s.value().replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t") + q;
        } else if (v instanceof Value.Int i) {
            return Long.toString(i.value());
        } else if (v instanceof Value.Float f) {
            double d = f.value();
            return d == Math.rint(d) && !Double.isInfinite(d) ? wholeWithOneDecimal(d) : Double.toString(d);
        } else if (v instanceof Value.Bool b) {
            return b.value() ? "True" : "False";
        } else if (v instanceof Value.None) {
            return "None";
        } else if (v instanceof Value.ListValue l) {
            return join("[", l.items(), "]");
        } else if (v instanceof Value.Tuple t) {
            return t.items().size() == 1 ? "(" + repr(t.items().get(0)) + ",)" : join("(", t.items(), ")");
        } else if (v instanceof Value.Dict d) {
            StringBuilder sb = new StringBuilder("{");
            for (int k = 0; k < d.keys().size(); k++) {
                String key = repr(d.keys().get(k));
                String val = repr(d.values().get(k));
                if (key == null || val == null) {
                    return null;
                }
                sb.append(k > 0 ? ", " : "").append(key).append(": ").append(val);
            }
            return sb.append('}').toString();
        }
        return null;
    }

    private static String join(String open, List<Value> items, String close) {
        StringBuilder sb = new StringBuilder(open);
        for (int k = 0; k < items.size(); k++) {
            String item = repr(items.get(k));
            if (item == null) {
                return null;
            }
            sb.append(k > 0 ? ", " : "").append(item);
        }
        return sb.append(close).toString();
    }
}
