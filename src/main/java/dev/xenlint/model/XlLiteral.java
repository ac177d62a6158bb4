package dev.xenlint.model;

import java.util.ArrayList;
import java.util.List;

/** Values written the way xl's parser reads them: quoted strings, whole numbers, lists. */
public final class XlLiteral {

    private XlLiteral() {
    }

    /** Whether xl's parser takes {@code key} as a key: {@code [a-z][._0-9a-z]*}. */
    public static boolean isKey(String key) {
        return PythonScan.isXlKey(key);
    }

    /** Longest text a message quotes whole; a longer one is cut, and its length said. */
    public static final int SHOWN = 60;

    /**
     * {@code text} in backticks for a message: whole when at most {@link #SHOWN} characters, else its start and
     * "...", then how long it is (a value Python built, such as a string repeated 512 times, can run to thousands).
     */
    public static String quoted(String text) {
        return text.length() <= SHOWN ? "`" + text + "`"
                : "`" + text.substring(0, SHOWN - 20) + "...` (" + text.length() + " characters)";
    }

    /** A double-quoted string with backslash escapes. */
    public static String quote(String value) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    /**
     * The value as xl reads it, or null when xl has no way to write it.
     * Negative numbers are quoted (xl's lexer has no minus sign); booleans become 1 and 0.
     */
    public static String of(Value v) {
        if (v instanceof Value.Str s) {
            return quote(s.value());
        } else if (v instanceof Value.Int i) {
            return i.value() >= 0 ? Long.toString(i.value()) : quote(Long.toString(i.value()));
        } else if (v instanceof Value.Bool b) {
            return b.value() ? "1" : "0";
        } else if (v instanceof Value.Float f && f.value() == Math.rint(f.value()) && !Double.isInfinite(f.value())) {
            long n = (long) f.value();
            return n >= 0 ? Long.toString(n) : quote(Long.toString(n));
        } else if (v instanceof Value.ListValue l) {
            List<String> parts = new ArrayList<>();
            for (Value item : l.items()) {
                String s = of(item);
                if (s == null) {
                    return null;
                }
                parts.add(s);
            }
            return parts.isEmpty() ? "[]" : "[ " + String.join(", ", parts) + " ]";
        }
        return null;
    }
}
