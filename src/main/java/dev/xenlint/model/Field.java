package dev.xenlint.model;

import dev.xenlint.text.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * A piece of a string value, with the source range it came from, so a
 * diagnostic can point at exactly that piece. {@code from} and {@code to}
 * index into the value of {@code source}.
 */
public record Field(Value.Str source, int from, int to) {

    public String text() {
        return source.value().substring(from, to);
    }

    public TextRange range() {
        return source.rangeOf(from, to);
    }

    public boolean isEmpty() {
        return from == to;
    }

    /** The number of chars in the field, without making its text. */
    public int length() {
        return to - from;
    }

    /** A sub-field of this one, {@code [start, end)} relative to it. */
    public Field sub(int start, int end) {
        return new Field(source, from + start, from + end);
    }

    /** The whole value. */
    public static Field of(Value.Str s) {
        return new Field(s, 0, s.value().length());
    }

    /** This field without surrounding spaces and tabs. */
    public Field trim() {
        String v = source.value();
        int a = from;
        int b = to;
        while (a < b && Character.isWhitespace(v.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(v.charAt(b - 1))) {
            b--;
        }
        return new Field(source, a, b);
    }

    /** Splits at each {@code separator}; every part is trimmed. */
    public List<Field> split(char separator) {
        List<Field> parts = new ArrayList<>();
        String v = source.value();
        int start = from;
        for (int i = from; i < to; i++) {
            if (v.charAt(i) == separator) {
                parts.add(new Field(source, start, i).trim());
                start = i + 1;
            }
        }
        parts.add(new Field(source, start, to).trim());
        return parts;
    }

    /** Index of {@code c} in this field relative to its start, or -1. */
    public int indexOf(char c) {
        int i = source.value().indexOf(c, from);
        return i < 0 || i >= to ? -1 : i - from;
    }

    @Override
    public String toString() {
        return text();
    }
}
