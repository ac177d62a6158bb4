package dev.xenlint.output;

import java.util.List;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers, booleans and nulls as JSON. Enough
 * for xenlint's own output; keeps a JSON library off the start-up path.
 */
public final class Json {

    private Json() {
    }

    /** Pretty-printed with two-space indentation. */
    public static String pretty(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, 0, true);
        return sb.toString();
    }

    /** On one line. */
    public static String compact(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, 0, false);
        return sb.toString();
    }

    /**
     * Appends a value pretty-printed as it is at depth {@code indent} of a larger value (an item of a
     * list at the top: 1), so that a long list can be written item by item.
     */
    public static void pretty(StringBuilder sb, Object value, int indent) {
        write(sb, value, indent, true);
    }

    private static void write(StringBuilder sb, Object value, int indent, boolean pretty) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            string(sb, s);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            sb.append(value);
        } else if (value instanceof Number n) {
            double d = n.doubleValue();
            sb.append(Double.isFinite(d) ? Double.toString(d) : "null");
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                sb.append("{}");
                return;
            }
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(first ? "" : ",");
                first = false;
                newline(sb, indent + 1, pretty);
                string(sb, String.valueOf(e.getKey()));
                sb.append(pretty ? ": " : ":");
                write(sb, e.getValue(), indent + 1, pretty);
            }
            newline(sb, indent, pretty);
            sb.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                sb.append("[]");
                return;
            }
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                sb.append(i > 0 ? "," : "");
                newline(sb, indent + 1, pretty);
                write(sb, list.get(i), indent + 1, pretty);
            }
            newline(sb, indent, pretty);
            sb.append(']');
        } else {
            string(sb, value.toString());
        }
    }

    /** A line break and the indentation of each depth (two spaces a level), made once. */
    private static final String[] NEWLINES = new String[12];

    static {
        for (int i = 0; i < NEWLINES.length; i++) {
            NEWLINES[i] = "\n" + "  ".repeat(i);
        }
    }

    private static void newline(StringBuilder sb, int indent, boolean pretty) {
        if (pretty) {
            sb.append(indent < NEWLINES.length ? NEWLINES[indent] : "\n" + "  ".repeat(indent));
        }
    }

    static void string(StringBuilder sb, String s) {
        sb.append('"');
        int length = s.length();
        int plain = 0;
        while (plain < length) {
            char c = s.charAt(plain);
            if (c < 0x20 || c == '"' || c == '\\' || c == 0x2028 || c == 0x2029) {
                break;
            }
            plain++;
        }
        if (plain == length) { // the usual case: the whole string, copied at once (append of a part goes char by char)
            sb.append(s).append('"');
            return;
        }
        sb.append(s, 0, plain); // what needs no escape, at once
        for (int i = plain; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
