package dev.xenlint.lint.rules;

import dev.xenlint.lint.Edit;
import dev.xenlint.model.Assignment;
import dev.xenlint.model.ConfigModel;
import dev.xenlint.model.Field;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;
import dev.xenlint.text.SourceText;
import dev.xenlint.text.TextRange;

/** Small questions rules ask of the model. */
final class Checks {

    private Checks() {
    }

    /** Whether a flag is known to be on, known to be off (or absent), or depends on the host. */
    enum Flag { ON, OFF, UNKNOWN }

    /**
     * The integer an integer or boolean value stands for, else null. Strings are not read here: how a
     * toolstack reads a quoted number depends on the key and the toolstack ({@code "010"} is 8 for xl's
     * {@code strtol(text, 0)}, 10 for xm's {@code int()}); use {@link ConfigModel#integer} for numeric
     * keys and {@link #decimal} for fields read in base 10.
     */
    static Long number(Value v) {
        if (v instanceof Value.Int i) {
            return i.value();
        }
        if (v instanceof Value.Bool b) {
            return b.value() ? 1L : 0L;
        }
        return null;
    }

    /** A field read in base 10 (xl's {@code strtoul(s, 10)}, {@code atoi}): its digits' value, else null. */
    static Long decimal(String text) {
        if (text.isEmpty() || text.length() >= 18 || !asciiDigits(text)) {
            return null;
        }
        return Long.parseLong(text);
    }

    /** ON when every path sets the key to a non-zero number, OFF when none sets it or all set zero. */
    static Flag flag(ConfigModel m, String key) {
        Setting s = m.setting(key);
        if (s == null) {
            return Flag.OFF;
        }
        boolean anyOn = false;
        boolean anyOff = s.mayBeUnset();
        for (Value v : s.candidates()) {
            Value.Int i = m.integer(v);
            Long n = i != null ? Long.valueOf(i.value()) : number(v);
            if (n == null) {
                return Flag.UNKNOWN;
            }
            anyOn |= n != 0;
            anyOff |= n == 0;
        }
        return anyOn && anyOff ? Flag.UNKNOWN : anyOn ? Flag.ON : Flag.OFF;
    }

    /** The single integer every path gives the key, or null. */
    static Value.Int integer(ConfigModel m, String key) {
        Setting s = m.setting(key);
        if (s == null || s.mayBeUnset() || s.candidates().size() != 1) {
            return null;
        }
        return m.integer(s.candidates().get(0));
    }

    /** Where to point for a key: its name in the last assignment. */
    static TextRange keyRange(Setting s) {
        return s.last().keyRange();
    }

    /** Whether a field's text is exactly its source text, so that an edit at its range is faithful. */
    static boolean literal(Field f, SourceText source) {
        TextRange r = f.range();
        return r.end() <= source.text().length() && source.slice(r).equals(f.text());
    }

    /** Whether a string value is written literally (no formatting or escapes between source and value). */
    static boolean literal(Value.Str s, SourceText source) {
        return literal(Field.of(s), source);
    }

    /**
     * An edit deleting a statement: the whole line when the statement is alone
     * on it (with its comment), else the statement and a following {@code ;}.
     */
    static Edit removeStatement(SourceText source, Assignment a) {
        String text = source.text();
        int start = a.statement().start();
        int end = a.statement().end();
        // back over the whitespace before the statement only: a long line of statements stays linear
        int lineStart = start;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r'
                && Character.isWhitespace(text.charAt(lineStart - 1))) {
            lineStart--;
        }
        boolean aloneBefore = lineStart == 0 || text.charAt(lineStart - 1) == '\n' || text.charAt(lineStart - 1) == '\r';
        int after = end;
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            after++;
        }
        if (after < text.length() && text.charAt(after) == ';') {
            int next = after + 1;
            while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
                next++;
            }
            return new Edit(new TextRange(start, next), "");
        }
        boolean restIsComment = after >= text.length() || text.charAt(after) == '#' || text.charAt(after) == '\n'
                || text.charAt(after) == '\r';
        if (aloneBefore && restIsComment) {
            int lineEnd = after;
            while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') {
                lineEnd++;
            }
            if (lineEnd < text.length() && text.charAt(lineEnd) == '\n') {
                lineEnd++;
            }
            return new Edit(new TextRange(lineStart, lineEnd), "");
        }
        return new Edit(new TextRange(start, end), "");
    }

    /** Damerau-Levenshtein (optimal string alignment) distance. */
    static int distance(String a, String b) {
        return distance(a, b, Integer.MAX_VALUE - 1);
    }

    /**
     * {@link #distance(String, String)} when it is at most {@code cap}, else some number above
     * {@code cap}: it stops once two consecutive rows of the table exceed {@code cap} (no later cell
     * can then come back to it). Three rows of the table, not the whole table.
     */
    static int distance(String a, String b, int cap) {
        int n = b.length();
        int[] before = new int[n + 1]; // row i-2
        int[] prev = new int[n + 1]; // row i-1
        int[] cur = new int[n + 1]; // row i
        for (int j = 0; j <= n; j++) {
            prev[j] = j;
        }
        int prevMin = 0;
        for (int i = 1; i <= a.length(); i++) {
            char ai = a.charAt(i - 1);
            cur[0] = i;
            int rowMin = i;
            for (int j = 1; j <= n; j++) {
                char bj = b.charAt(j - 1);
                int cost = ai == bj ? 0 : 1;
                int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == bj) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                cur[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > cap && prevMin > cap) {
                return cap + 1;
            }
            prevMin = rowMin;
            int[] t = before;
            before = prev;
            prev = cur;
            cur = t;
        }
        return prev[n];
    }

    // Character tests over every UTF-16 unit of a string, as loops: a stream's lambdas would be the
    // first of a short check (see StartupPathTest).

    /** Whether every unit is '0'..'9' (true for ""). */
    static boolean asciiDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether every unit is a digit by {@link Character#isDigit(int)} (true for ""). */
    static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit((int) s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether every unit is a hexadecimal digit by {@link Character#digit(int, int)} (true for ""). */
    static boolean hexDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit((int) s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }


    /** Whether any of the strings is not empty. */
    static boolean anyNonEmpty(java.util.List<Value.Str> strings) {
        for (Value.Str s : strings) {
            if (!s.value().isEmpty()) {
                return true;
            }
        }
        return false;
    }

}
