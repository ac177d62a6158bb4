package dev.xenlint.model;

/**
 * How each toolstack turns the text of a value into an integer. Both read a
 * quoted number as a number: xl keeps every atom as text and converts a
 * numeric key with C's {@code strtol(text, &end, 0)} (tools/libs/util/libxlu_cfg.c,
 * {@code xlu_cfg_get_bounded_long}), xm calls Python's {@code int()} on what
 * the file set (tools/python/xen/xm/opts.py, {@code set_int}).
 */
public final class Numbers {

    private Numbers() {
    }

    /** The integer a text stands for in this dialect, or null when the toolstack rejects it. */
    public static Long parse(String text, Dialect dialect) {
        return dialect == Dialect.XM ? python(text) : strtol(text);
    }

    /**
     * {@code strtol(text, &end, 0)} with {@code *end == '\0'} required: leading
     * white space, an optional sign, then {@code 0x}/{@code 0X} hex, a leading
     * {@code 0} for octal, or decimal; nothing may follow; out of range is an error.
     */
    public static Long strtol(String text) {
        Digits d = strtolDigits(text);
        return digits(text, d.from, d.radix, d.negative);
    }

    /**
     * Whether {@code text} is a whole number to {@code strtol} (white space, a sign, digits of its base and
     * nothing after them) that does not fit a {@code long}: where strtol fails with {@code ERANGE}.
     */
    public static boolean strtolOutOfRange(String text) {
        Digits d = strtolDigits(text);
        if (d.from >= text.length()) {
            return false;
        }
        for (int i = d.from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7f || Character.digit(c, d.radix) < 0) {
                return false;
            }
        }
        return digits(text, d.from, d.radix, d.negative) == null;
    }

    /** Where strtol's digits start in a text, in which base, and whether a minus sign came before them. */
    private record Digits(int from, int radix, boolean negative) {
    }

    private static Digits strtolDigits(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && isCSpace(text.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        int radix = 10;
        if (i + 1 < n && text.charAt(i) == '0' && (text.charAt(i + 1) == 'x' || text.charAt(i + 1) == 'X')
                && i + 2 < n && Character.digit(text.charAt(i + 2), 16) >= 0) {
            radix = 16;
            i += 2;
        } else if (i < n && text.charAt(i) == '0') {
            radix = 8;
        }
        return new Digits(i, radix, negative);
    }

    /** Python's {@code int(str)}: surrounding white space, an optional sign, decimal digits. */
    public static Long python(String text) {
        String t = text.strip();
        int i = 0;
        boolean negative = false;
        if (!t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-')) {
            negative = t.charAt(0) == '-';
            i = 1;
        }
        return digits(t, i, 10, negative);
    }

    private static Long digits(String text, int from, int radix, boolean negative) {
        if (from >= text.length()) {
            return null;
        }
        long value = 0;
        for (int i = from; i < text.length(); i++) {
            int d = Character.digit(text.charAt(i), radix);
            if (d < 0 || text.charAt(i) > 0x7f) {
                return null;
            }
            // accumulate as a negative number so that Long.MIN_VALUE fits
            if (value < (Long.MIN_VALUE + d) / radix) {
                return null;
            }
            value = value * radix - d;
        }
        if (!negative) {
            if (value == Long.MIN_VALUE) {
                return null;
            }
            value = -value;
        }
        return value;
    }

    private static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
    }
}
