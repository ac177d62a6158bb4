package dev.xenlint.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each key of a TOML file is set, by line, so that a configuration error names the line as
 * well as the key (the parsed tree keeps no positions). Keys are written as dotted paths:
 * {@code dialect}, {@code severity.unknown-key}, {@code format.line-width}. A line scan, not a
 * second parser: it runs only on a file the TOML parser read or refused, to place the message.
 */
final class KeyLines {

    private static final String KEY = "(?:[A-Za-z0-9_-]+|\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*')";
    private static final String PATH = KEY + "(?:\\s*\\.\\s*" + KEY + ")*";
    private static final Pattern TABLE = Pattern.compile("^\\s*\\[\\[?\\s*(" + PATH + ")\\s*\\]\\]?");
    private static final Pattern ASSIGNMENT = Pattern.compile("^\\s*(" + PATH + ")\\s*=");
    private static final Pattern PART = Pattern.compile(KEY);

    /** A key set twice in one table: its path and both lines. */
    record Duplicate(String key, int first, int second) {
    }

    private final Map<String, Integer> lines = new HashMap<>();
    private Duplicate duplicate;

    private KeyLines() {
    }

    static KeyLines of(String text) {
        KeyLines k = new KeyLines();
        String table = "";
        String[] all = text.split("\r?\n", -1);
        for (int i = 0; i < all.length; i++) {
            int line = i + 1;
            Matcher t = TABLE.matcher(all[i]);
            if (t.find()) {
                table = path(t.group(1));
                k.lines.putIfAbsent(table, line);
                continue;
            }
            Matcher a = ASSIGNMENT.matcher(all[i]);
            if (a.find()) {
                String key = (table.isEmpty() ? "" : table + ".") + path(a.group(1));
                Integer before = k.lines.putIfAbsent(key, line);
                if (before != null && k.duplicate == null) {
                    k.duplicate = new Duplicate(key, before, line);
                }
            }
        }
        return k;
    }

    /** The line {@code key} is set on (or its table opened on), 0 when not found. */
    int line(String key) {
        Integer n = lines.get(key);
        return n == null ? 0 : n;
    }

    /** The first key set twice, or null. */
    Duplicate duplicate() {
        return duplicate;
    }

    /** {@code a . "b.c"} as {@code a.b.c}: quotes dropped, dots between parts. */
    private static String path(String written) {
        List<String> parts = new ArrayList<>();
        Matcher m = PART.matcher(written);
        while (m.find()) {
            String p = m.group();
            if (p.length() >= 2 && (p.startsWith("\"") || p.startsWith("'"))) {
                p = p.substring(1, p.length() - 1);
            }
            parts.add(p);
        }
        return String.join(".", parts);
    }
}
