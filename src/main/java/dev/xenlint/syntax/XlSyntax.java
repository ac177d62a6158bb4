package dev.xenlint.syntax;

import dev.xenlint.text.SourceText;
import dev.xenlint.text.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * What xl's own parser (libxlu: a flex lexer, a bison grammar and a string dequoter) makes of a
 * file, modelled exactly, so that the xl dialect accepts what xl accepts and refuses what it refuses.
 * Any problem with {@link Problem#refuses()} makes {@code xl create} refuse the whole file
 * ("Failed to parse config"), even though xl's lexer goes on to find later problems.
 *
 * <p>Facts (Xen tools/libs/util, libxlu_cfg_l.l, libxlu_cfg_y.y, libxlu_cfg.c xlu__cfgl_dequote):
 * keys {@code [a-z][._0-9a-z]*}; numbers {@code [0-9][0-9a-fx]*}; space and tab are the only
 * whitespace; a newline, or {@code #} to and including a newline, ends a statement; strings are
 * {@code '...'} or {@code "..."} without a raw newline, a backslash taking the next character; any
 * other character is a lexical error, after which the lexer skips to the next space, tab or newline.
 * A character left at the very end of the file with nothing after it is not reported (flex reaches
 * the end of the input before the error rule can match), so xl accepts it.
 */
public final class XlSyntax {

    /** What kind of problem, so that each rule reports its own. */
    public enum Kind {
        /** A carriage return outside a string (CRLF or CR line endings). */
        CARRIAGE_RETURN,
        /** The UTF-8 byte order mark at the start of the file. */
        BOM,
        /** A comment on the last line with no newline after it. */
        COMMENT_AT_END,
        /** A character xl's lexer does not accept outside a string. */
        CHARACTER,
        /** A quote with no closing quote on its line. */
        UNTERMINATED_STRING,
        /** A backslash escape xl refuses ({@code \x..}, a short {@code \0}, an unknown letter). */
        ESCAPE,
        /** A {@code \0}..{@code \7} escape xl accepts but drops from the value. */
        DROPPED_ESCAPE,
        /** A token in a place xl's grammar does not allow. */
        GRAMMAR
    }

    /** One problem; {@code refuses} is false only for what xl accepts with a changed meaning. */
    public record Problem(Kind kind, TextRange range, String message, boolean refuses) {
    }

    /** The outcome: every problem in file order, and whether xl's messages would call the file Python. */
    public record Result(List<Problem> problems, boolean likelyPython, int[] refusingStarts, int[] contentStarts,
                         int[] grammarStarts) {
        public Result(List<Problem> problems, boolean likelyPython) {
            this(problems, likelyPython, null);
        }

        /** With the file's text, to tell a line ending xl refuses (a CRLF's CR, say) from the line's content. */
        Result(List<Problem> problems, boolean likelyPython, String text) {
            this(problems, likelyPython, starts(problems, ALL, text), starts(problems, CONTENT, text),
                    starts(problems, GRAMMAR, text));
        }

        private static final int ALL = 0;
        private static final int CONTENT = 1;
        private static final int GRAMMAR = 2;

        /**
         * Where the refusing problems start, sorted: all of them, or those of a line's content (not a line ending
         * xl refuses, see {@link #endsLine}), or those of xl's grammar.
         */
        private static int[] starts(List<Problem> problems, int which, String text) {
            int[] starts = new int[problems.size()];
            int n = 0;
            for (int i = 0, size = problems.size(); i < size; i++) {
                Problem p = problems.get(i);
                if (!p.refuses() || which == GRAMMAR && p.kind() != Kind.GRAMMAR
                        || which == CONTENT && endsLine(p, text)) {
                    continue;
                }
                starts[n++] = p.range().start();
            }
            int[] out = n == starts.length ? starts : java.util.Arrays.copyOf(starts, n);
            java.util.Arrays.sort(out);
            return out;
        }

        /**
         * Whether a problem is a line ending xl refuses rather than the line's content: the last line's comment
         * without a line break, the CR of a CRLF, or a backslash that joins lines for Python (`\\` then the line
         * break). xl skips from such a character to the line break after it, so it reads the rest of the line as
         * it would without it.
         */
        private static boolean endsLine(Problem p, String text) {
            if (p.kind() == Kind.COMMENT_AT_END) {
                return true;
            }
            int at = p.range().start();
            if (text == null || at + 1 >= text.length()) {
                return false;
            }
            char c = text.charAt(at);
            int next = text.charAt(at + 1) == '\r' && c == '\\' && at + 2 < text.length() ? at + 2 : at + 1;
            return (p.kind() == Kind.CARRIAGE_RETURN && c == '\r' || p.kind() == Kind.CHARACTER && c == '\\')
                    && text.charAt(next) == '\n';
        }

        /** Whether xl reads the file. */
        public boolean accepts() {
            return refusingStarts.length == 0;
        }

        /** Whether some refusing problem starts inside {@code [from, to]} (a binary search: asked once per error). */
        public boolean refusesWithin(int from, int to) {
            return startsWithin(refusingStarts, from, to);
        }

        /**
         * Whether xl refuses something inside {@code [from, to]} other than a line ending it refuses (the CR of a
         * CRLF, a backslash before the line break, the last line's comment without one): what is about the
         * line's content.
         */
        public boolean contentRefusesWithin(int from, int to) {
            return startsWithin(contentStarts, from, to);
        }

        /**
         * Whether xl's grammar refuses a token inside {@code [from, to]}: a problem that a line before can cause
         * (a list never closed is noticed at the next line's first token), where a lexical one never is (no token
         * of xl's spans lines).
         */
        public boolean grammarRefusesWithin(int from, int to) {
            return startsWithin(grammarStarts, from, to);
        }

        private static boolean startsWithin(int[] starts, int from, int to) {
            int i = java.util.Arrays.binarySearch(starts, from);
            if (i < 0) {
                i = -i - 1;
            }
            return i < starts.length && starts[i] <= to;
        }
    }

    private static final int IDENT = 1;
    private static final int NUMBER = 2;
    private static final int STRING = 3;
    private static final int NEWLINE = 4;
    private static final int ADD = 5;
    private static final int EOF = 6;

    /** xl's tokens: type, start and end of each, in three arrays (no object per token). */
    private int[] types;
    private int[] starts;
    private int[] ends;
    private int count;

    private void token(int type, int start, int end) {
        if (count == types.length) {
            int size = count * 2;
            types = java.util.Arrays.copyOf(types, size);
            starts = java.util.Arrays.copyOf(starts, size);
            ends = java.util.Arrays.copyOf(ends, size);
        }
        types[count] = type;
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    private final String text;
    private final boolean bom;
    private final boolean utf8; // else each char is one byte (ISO-8859-1)
    private final List<Problem> problems = new ArrayList<>();
    private boolean likelyPython;

    /**
     * The messages of the problems found so far, each text kept once (made at the first problem): the
     * problems live as long as the file's tree, and a file with one on every line has a few distinct
     * messages (issue 9).
     */
    private java.util.HashMap<String, String> messages;

    private String once(String message) {
        if (messages == null) {
            messages = new java.util.HashMap<>();
        }
        String kept = messages.putIfAbsent(message, message);
        return kept != null ? kept : message;
    }

    private XlSyntax(SourceText source) {
        this.text = source.text();
        this.bom = source.hasBom();
        this.utf8 = source.charset().equals(java.nio.charset.StandardCharsets.UTF_8);
        int expected = 16 + text.length() / 4; // about one of xl's tokens per four characters of a config
        this.types = new int[expected];
        this.starts = new int[expected];
        this.ends = new int[expected];
    }

    /** By where the problem starts (a class, not a lambda: see StartupPathTest). */
    private static final java.util.Comparator<Problem> BY_START = new java.util.Comparator<>() {
        @Override
        public int compare(Problem a, Problem b) {
            return Integer.compare(a.range().start(), b.range().start());
        }
    };

    public static Result check(SourceText source) {
        XlSyntax x = new XlSyntax(source);
        x.lex();
        x.parse();
        if (x.problems.size() > 1) {
            x.problems.sort(BY_START);
        }
        return new Result(List.copyOf(x.problems), x.likelyPython, x.text);
    }

    // ---- lexer ----------------------------------------------------------------------------------

    private void lex() {
        int n = text.length();
        int i = 0;
        if (bom) {
            // the three bytes of the mark are a stray character before the first token
            problems.add(new Problem(Kind.BOM, TextRange.empty(0), "the file starts with a UTF-8 byte order mark, "
                    + "which xl's parser does not accept", true));
            i = skipAfterError(0, true);
        }
        while (i < n) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                int j = i + 1;
                while (j < n && isIdentPart(text.charAt(j))) {
                    j++;
                }
                token(IDENT, i, j);
                i = j;
            } else if (c >= '0' && c <= '9') {
                int j = i + 1;
                while (j < n && isNumberPart(text.charAt(j))) {
                    j++;
                }
                token(NUMBER, i, j);
                i = j;
            } else if (c == ' ' || c == '\t') {
                i++;
            } else if (c == ',' || c == '[' || c == ']' || c == '=' || c == ';') {
                token(c, i, i + 1);
                i++;
            } else if (c == '+' && i + 1 < n && text.charAt(i + 1) == '=') {
                token(ADD, i, i + 2);
                i += 2;
            } else if (c == '\n') {
                token(NEWLINE, i, i + 1);
                i++;
            } else if (c == '#') {
                int nl = text.indexOf('\n', i);
                if (nl >= 0) {
                    token(NEWLINE, i, nl + 1);
                    i = nl + 1;
                } else {
                    int end = skipAfterError(i + 1, false);
                    if (end > i + 1) {
                        problems.add(new Problem(Kind.COMMENT_AT_END, new TextRange(i, n), "the comment on the last "
                                + "line has no newline after it, and xl's parser ends a comment only at a newline",
                                true));
                    }
                    i = n;
                }
            } else if (c == '\'' || c == '"') {
                int end = stringEnd(i, c);
                if (end < 0) {
                    i = lexicalError(i, Kind.UNTERMINATED_STRING, "this " + (c == '"' ? "double" : "single")
                            + " quote has no closing `" + c + "` on its line, and xl's strings cannot span lines");
                } else {
                    token(STRING, i, end);
                    dequote(i, end);
                    i = end;
                }
            } else if (c == '+' || c == '-' || c == '.' || c == '(' || c == ')' || c == ':') {
                likelyPython = true;
                i = lexicalError(i, Kind.CHARACTER, "`" + c + "` is not part of xl's syntax outside a string "
                        + "(xl takes it for Python)");
            } else if (c == '\r') {
                i = lexicalError(i, Kind.CARRIAGE_RETURN, "a carriage return outside a string is a lexical error "
                        + "for xl");
            } else {
                String message = notXl.get(c);
                if (message == null) { // not computeIfAbsent: no lambda on the way of a check (StartupPathTest)
                    message = notXlMessage(c);
                    notXl.put(c, message);
                }
                i = lexicalError(i, Kind.CHARACTER, message);
            }
        }
        token(EOF, n, n);
    }

    /** flex's error rule: the bad character, then the rest of the word; returns where lexing resumes. */
    private int lexicalError(int at, Kind kind, String what) {
        if (at + 1 == text.length() && (text.charAt(at) < 0x80 || !utf8)) {
            return at + 1; // the last byte of the file: flex meets the end of input first, and xl accepts
        }
        problems.add(new Problem(kind, new TextRange(at, at + 1), once(what), true));
        return skipAfterError(at + 1, false);
    }

    /**
     * In flex's {@code lexerr} state: a run of characters other than space, tab and newline, or one
     * space or tab. A newline is left to be read (the error rule returns it as a NEWLINE token).
     */
    private int skipAfterError(int from, boolean bomStart) {
        int n = text.length();
        if (from >= n) {
            return from;
        }
        char c = text.charAt(from);
        if (c == ' ' || c == '\t') {
            return from + 1;
        }
        int j = from;
        while (j < n && text.charAt(j) != ' ' && text.charAt(j) != '\t' && text.charAt(j) != '\n') {
            j++;
        }
        return j;
    }

    /** End (exclusive) of the string starting with the quote at {@code start}, or -1 if it has none. */
    private int stringEnd(int start, char quote) {
        int n = text.length();
        int j = start + 1;
        while (j < n) {
            char c = text.charAt(j);
            if (c == quote) {
                return j + 1;
            } else if (c == '\\') {
                if (j + 1 >= n || text.charAt(j + 1) == '\n') {
                    return -1;
                }
                j += 2;
            } else if (c == '\n') {
                return -1;
            } else {
                j++;
            }
        }
        return -1;
    }

    /** xlu__cfgl_dequote: the escapes xl accepts, refuses, or accepts but drops. */
    private void dequote(int start, int end) {
        int body = end - 1;
        int nul = start;
        while (nul < end && text.charAt(nul) != '\0') {
            nul++; // within the string only: searching the rest of the file made a large file quadratic
        }
        if (nul < end) {
            problems.add(new Problem(Kind.CHARACTER, new TextRange(nul, nul + 1), "a NUL character (U+0000) inside a "
                    + "string: xl's parser reads the string only up to it and then fails an internal check", true));
            return;
        }
        int p = start + 1;
        while (p < body) {
            char c = text.charAt(p++);
            if (c != '\\') {
                continue;
            }
            int at = p - 1;
            char e = text.charAt(p++);
            if ("\"'\\abfnrtv".indexOf(e) >= 0) {
                continue;
            }
            if (e == 'x') {
                int to = Math.min(body, p + 2);
                problems.add(new Problem(Kind.ESCAPE, new TextRange(at, to), "xl refuses every `\\x` escape (its "
                        + "parser skips the first hex digit and then finds too few); write the character itself",
                        true));
                return; // the dequoter stops at its first error
            }
            if (e >= '0' && e <= '7') {
                int used = decimalDigitsUsed(p, Math.min(p + 3, body));
                if (used < 2) {
                    problems.add(new Problem(Kind.ESCAPE, new TextRange(at, p), "xl needs two more decimal digits "
                            + "after `\\" + e + "` (as in `\\" + e + "12`), so it refuses this escape", true));
                    return;
                }
                problems.add(new Problem(Kind.DROPPED_ESCAPE, new TextRange(at, p + used), "xl reads `"
                        + text.substring(at, p + used) + "` as an escape but leaves it out of the value", false));
                p += used;
                continue;
            }
            problems.add(new Problem(Kind.ESCAPE, new TextRange(at, p), "`\\" + e + "` is not an escape xl knows",
                    true));
            return;
        }
    }

    /** How many characters strtoul(…, 10) consumes of {@code text[from, to)}: blanks, a sign, digits. */
    private int decimalDigitsUsed(int from, int to) {
        int j = from;
        while (j < to && " \t\n\u000b\f\r".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        if (j < to && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
            j++;
        }
        int digits = j;
        while (digits < to && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
            digits++;
        }
        return digits == j ? 0 : digits - from;
    }

    static boolean isIdentPart(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.';
    }

    static boolean isNumberPart(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c == 'x';
    }

    /** The message for a character outside xl's syntax, made once per character and file (random bytes: issue 9). */
    private final java.util.Map<Character, String> notXl = new java.util.HashMap<>();

    private static String notXlMessage(char c) {
        return describe(c) + " is not part of xl's syntax outside a string";
    }

    private static String describe(char c) {
        if (c == '\f') {
            return "a form feed (U+000C)";
        } else if (c == '\u000b') {
            return "a vertical tab (U+000B)";
        } else if (c == 0) {
            return "a NUL character (U+0000)";
        } else if (c == '\u00a0') {
            return "a non-breaking space (U+00A0)";
        } else if (c < 0x20 || c == 0x7f) {
            return "the control character " + Typography.code(c);
        } else if (c > 0x7f) {
            return "the non-ASCII character `" + c + "` (" + Typography.code(c) + ")";
        } else if (c >= 'A' && c <= 'Z') {
            return "the upper-case letter `" + c + "` (xl's keys are lower case, and its hex digits too)";
        }
        return "`" + c + "`";
    }

    // ---- grammar --------------------------------------------------------------------------------

    private int pos;

    private void parse() {
        pos = 0;
        while (true) {
            int t = types[pos];
            if (t == EOF) {
                return;
            }
            if (t == NEWLINE || t == ';') {
                pos++;
                continue;
            }
            if (!statement()) {
                recover();
            }
        }
    }

    /** {@code IDENT (= | +=) value} then a newline, {@code ;} or the end of the file. */
    private boolean statement() {
        int t = pos;
        if (types[t] != IDENT) {
            return error(t, "xl expects a key (lower-case letters, digits, `_` and `.`) at the start of a statement");
        }
        pos++;
        int op = types[pos];
        if (op != '=' && op != ADD) {
            return error(pos, "xl expects `=` or `+=` after the key `" + text.substring(starts[t], ends[t]) + "`");
        }
        pos++;
        if (!value()) {
            return false;
        }
        int end = types[pos];
        if (end == NEWLINE || end == ';') {
            pos++;
            return true;
        }
        if (end == EOF) {
            return true;
        }
        return error(pos, "xl expects the end of the statement here; two statements on one line need a `;` "
                + "between them");
    }

    /** Nesting at which bison's stack (YYMAXDEPTH 10000 states, two per open list) is exhausted. */
    private static final int MAX_LIST_DEPTH = 4996; // measured with libxlu: 4996 nested lists parse, 4997 do not
    private int depth;

    private boolean value() {
        int t = types[pos];
        if (t == '[' && depth >= MAX_LIST_DEPTH) {
            return error(pos, "lists nested this deeply exhaust xl's parser stack");
        }
        if (t == STRING || t == NUMBER) {
            pos++;
            return true;
        }
        if (t != '[') {
            return error(pos, "xl expects a value here: a quoted string, a number or a list");
        }
        pos++;
        newlines();
        if (types[pos] == ']') {
            pos++;
            return true;
        }
        while (true) {
            depth++;
            boolean ok = value();
            depth--;
            if (!ok) {
                return false;
            }
            newlines();
            int sep = types[pos];
            if (sep == ']') {
                pos++;
                return true;
            }
            if (sep != ',') {
                return error(pos, "xl expects `,` or `]` after a list item");
            }
            pos++;
            newlines();
            if (types[pos] == ']') {
                pos++;
                return true;
            }
        }
    }

    private void newlines() {
        while (types[pos] == NEWLINE) {
            pos++;
        }
    }

    /** A problem at token {@code t} (an index). */
    private boolean error(int t, String message) {
        TextRange r = types[t] == NEWLINE || types[t] == EOF ? TextRange.empty(starts[t]) : new TextRange(starts[t], ends[t]);
        problems.add(new Problem(Kind.GRAMMAR, r, once(message), true));
        return false;
    }

    /** bison's {@code stmt: error NEWLINE}: drop tokens up to and including the next newline. */
    private void recover() {
        while (types[pos] != NEWLINE && types[pos] != EOF) {
            pos++;
        }
        if (types[pos] == NEWLINE) {
            pos++;
        }
    }
}
