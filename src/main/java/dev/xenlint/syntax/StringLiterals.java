package dev.xenlint.syntax;

/**
 * Decodes Python 2 string literals (which include xl's quoted strings) and
 * keeps, for every decoded char, the span of source text it came from, so a
 * diagnostic can point at one character inside a string.
 */
public final class StringLiterals {

    private StringLiterals() {
    }

    /**
     * A decoded literal. {@code starts[i]} and {@code ends[i]} delimit, relative
     * to the start of the token, the source text of decoded char {@code i}.
     */
    public record Decoded(String value, int[] starts, int[] ends, int unknownEscape) {
        /** Whether a backslash escape Python does not know (kept as written) occurs. */
        public boolean hasUnknownEscape() {
            return unknownEscape >= 0;
        }
    }

    /**
     * The closing quote a string token lacks, or null if it is terminated. A string in typographic
     * quotes ({@code ’dc’}) is read as if its quotes were straight.
     */
    public static String missingTerminator(String token) {
        if (Typography.isTypographicString(token)) {
            token = Typography.straightened(token);
        }
        int p = prefixLength(token);
        String quote = quoteOf(token, p);
        int bodyStart = p + quote.length();
        int i = bodyStart;
        while (i < token.length()) {
            if (token.charAt(i) == '\\') {
                i += 2;
            } else if (token.startsWith(quote, i)) {
                return i + quote.length() == token.length() ? null : quote;
            } else {
                i++;
            }
        }
        return quote;
    }

    /** The value of a string token; one in typographic quotes is decoded as if its quotes were straight. */
    public static Decoded decode(String token) {
        return decode(token, 0);
    }

    /**
     * As {@link #decode(String)}, with every span shifted by {@code base} (the token's offset in its file, so
     * that the spans are offsets in the file).
     */
    public static Decoded decode(String token, int base) {
        Decoded plain = plain(token, base);
        if (plain != null) {
            return plain;
        }
        Decoded d = decodeAny(token);
        if (base != 0) {
            int[] starts = d.starts();
            int[] ends = d.ends();
            for (int i = 0; i < starts.length; i++) {
                starts[i] += base;
                ends[i] += base;
            }
        }
        return d;
    }

    /**
     * The usual string, {@code 'text'} or {@code "text"} with no prefix, no backslash and no quote of its own
     * kind inside, decoded without the general loop: each char is itself; null for any other token.
     */
    private static Decoded plain(String token, int base) {
        int n = token.length();
        if (n < 2) {
            return null;
        }
        char q = token.charAt(0);
        if (q != '\'' && q != '"' || token.charAt(n - 1) != q || n > 2 && token.charAt(1) == q) {
            return null; // not quoted this way, not closed, or triple-quoted
        }
        int length = n - 2;
        int[] starts = new int[length];
        int[] ends = new int[length];
        for (int i = 0; i < length; i++) {
            char c = token.charAt(i + 1);
            if (c == '\\' || c == q) {
                return null;
            }
            starts[i] = base + i + 1;
            ends[i] = base + i + 2;
        }
        return new Decoded(token.substring(1, n - 1), starts, ends, -1);
    }

    /** The general decoder, every prefix, quote and escape (what {@link #plain} must agree with: {@code StringLiteralsTest}). */
    static Decoded decodeAny(String token) {
        if (Typography.isTypographicString(token)) {
            token = Typography.straightened(token);
        }
        int p = prefixLength(token);
        String prefix = token.substring(0, p).toLowerCase(java.util.Locale.ROOT);
        boolean raw = prefix.contains("r");
        boolean unicode = prefix.contains("u"); // Python 2 reads the u and U escapes in u"" and ur"" strings
        String quote = quoteOf(token, p);
        int bodyStart = p + quote.length();
        int bodyEnd = missingTerminator(token) == null ? token.length() - quote.length() : token.length();
        bodyEnd = Math.max(bodyStart, bodyEnd);
        StringBuilder value = new StringBuilder(bodyEnd - bodyStart);
        int[] starts = new int[bodyEnd - bodyStart];
        int[] ends = new int[bodyEnd - bodyStart];
        int unknownEscape = -1;
        int i = bodyStart;
        while (i < bodyEnd) {
            char c = token.charAt(i);
            if (c != '\\' || i + 1 >= bodyEnd) {
                add(value, starts, ends, c, i, i + 1);
                i++;
                continue;
            }
            char e = token.charAt(i + 1);
            if (unicode && (e == 'u' || e == 'U')) {
                int digits = e == 'u' ? 4 : 8;
                int end = i + 2;
                while (end < bodyEnd && end < i + 2 + digits && Character.digit(token.charAt(end), 16) >= 0) {
                    end++;
                }
                long cp = end == i + 2 + digits ? Long.parseLong(token.substring(i + 2, end), 16) : -1;
                if (cp >= 0 && cp <= Character.MAX_CODE_POINT) {
                    for (char unit : Character.toChars((int) cp)) {
                        add(value, starts, ends, unit, i, end);
                    }
                    i = end;
                    continue;
                }
                unknownEscape = unknownEscape < 0 ? i : unknownEscape; // Python refuses the truncated escape
            }
            if (raw) {
                add(value, starts, ends, c, i, i + 1);
                add(value, starts, ends, e, i + 1, i + 2);
                i += 2;
                continue;
            }
            int next = i + 2;
            switch (e) {
                case '\n' -> { }
                case '\r' -> next = i + 2 < bodyEnd && token.charAt(i + 2) == '\n' ? i + 3 : i + 2;
                case '\\', '\'', '"' -> add(value, starts, ends, e, i, next);
                case 'a' -> add(value, starts, ends, (char) 7, i, next);
                case 'b' -> add(value, starts, ends, '\b', i, next);
                case 'f' -> add(value, starts, ends, '\f', i, next);
                case 'n' -> add(value, starts, ends, '\n', i, next);
                case 'r' -> add(value, starts, ends, '\r', i, next);
                case 't' -> add(value, starts, ends, '\t', i, next);
                case 'v' -> add(value, starts, ends, (char) 11, i, next);
                case 'x' -> {
                    int end = i + 2;
                    while (end < bodyEnd && end < i + 4 && Character.digit(token.charAt(end), 16) >= 0) {
                        end++;
                    }
                    if (end == i + 4) {
                        add(value, starts, ends, (char) Integer.parseInt(token.substring(i + 2, end), 16), i, end);
                        next = end;
                    } else {
                        unknownEscape = unknownEscape < 0 ? i : unknownEscape;
                        add(value, starts, ends, c, i, i + 1);
                        next = i + 1;
                    }
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int end = i + 1;
                        while (end < bodyEnd && end < i + 4 && token.charAt(end) >= '0' && token.charAt(end) <= '7') {
                            end++;
                        }
                        int octal = Integer.parseInt(token.substring(i + 1, end), 8);
                        // a byte string keeps the low eight bits (Python 2: '\777' is '\xff'); u'' the whole
                        add(value, starts, ends, (char) (unicode ? octal : octal & 0xFF), i, end);
                        next = end;
                    } else {
                        // Python keeps an unknown escape as written
                        unknownEscape = unknownEscape < 0 ? i : unknownEscape;
                        add(value, starts, ends, c, i, i + 1);
                        next = i + 1;
                    }
                }
            }
            i = next;
        }
        int n = value.length();
        return new Decoded(value.toString(), java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n),
                unknownEscape);
    }

    private static void add(StringBuilder value, int[] starts, int[] ends, char c, int start, int end) {
        starts[value.length()] = start;
        ends[value.length()] = end;
        value.append(c);
    }

    /**
     * Where Python 2 stops compiling a file at this string token's escape, or null: a backslash-x without
     * two hex digits in a string that is not raw; in a unicode string, raw or not, a backslash-u without four
     * hex digits or a backslash-U without eight (or beyond U+10FFFF). Other unknown escapes Python keeps.
     *
     * @return {offset of the backslash in the token, length of the escape, 0 for x / 1 for u / 2 for U}
     */
    public static int[] pythonRefusal(String token) {
        if (token.indexOf('\\') < 0 || Typography.isTypographicString(token)) {
            return null;
        }
        int p = prefixLength(token);
        if (p >= token.length()) {
            return null;
        }
        String prefix = token.substring(0, p).toLowerCase(java.util.Locale.ROOT);
        boolean raw = prefix.contains("r");
        boolean unicode = prefix.contains("u");
        String quote = quoteOf(token, p);
        int bodyEnd = missingTerminator(token) == null ? token.length() - quote.length() : token.length();
        for (int i = p + quote.length(); i + 1 < bodyEnd; i++) {
            if (token.charAt(i) != '\\') {
                continue;
            }
            char e = token.charAt(i + 1);
            int kind = e == 'x' && !raw ? 0 : e == 'u' && unicode ? 1 : e == 'U' && unicode ? 2 : -1;
            if (kind >= 0) {
                int digits = kind == 0 ? 2 : kind == 1 ? 4 : 8;
                int end = i + 2;
                while (end < bodyEnd && end < i + 2 + digits && Character.digit(token.charAt(end), 16) >= 0) {
                    end++;
                }
                if (end < i + 2 + digits
                        || kind == 2 && Long.parseLong(token.substring(i + 2, end), 16) > Character.MAX_CODE_POINT) {
                    return new int[] {i, end - i, kind};
                }
            }
            i++; // the escaped character (a backslash too, raw or not) starts no escape of its own
        }
        return null;
    }

    private static int prefixLength(String token) {
        int p = 0;
        while (p < token.length() && token.charAt(p) != '\'' && token.charAt(p) != '"') {
            p++;
        }
        return p;
    }

    private static String quoteOf(String token, int p) {
        char q = token.charAt(p);
        String triple = String.valueOf(q).repeat(3);
        return token.startsWith(triple, p) ? triple : String.valueOf(q);
    }
}
