package dev.xenlint.report;

import dev.xenlint.lint.RuleDocs;
import dev.xenlint.lint.RuleInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a report format says about a rule, taken from its document: a one-sentence summary, the
 * "What it does" paragraph, a plain-text help (what it does, why it matters, how to fix) and the
 * whole document as Markdown.
 */
record RuleDescription(String summary, String description, String helpText, String helpMarkdown) {

    static RuleDescription of(RuleInfo info) {
        String doc = RuleDocs.load(info);
        if (doc == null) {
            String fallback = "Rule " + info.code() + " (" + info.name() + ").";
            return new RuleDescription(fallback, fallback, fallback, fallback);
        }
        String body = RuleDocs.body(doc).strip();
        Map<String, String> sections = sections(body);
        String what = plain(sections.getOrDefault("What it does", info.name()));
        StringBuilder help = new StringBuilder(what);
        for (String heading : new String[] {"Why it matters", "How to fix"}) {
            String text = sections.get(heading);
            if (text != null) {
                help.append("\n\n").append(heading).append(": ").append(plain(text));
            }
        }
        return new RuleDescription(firstSentence(what), what, help.toString(), body);
    }

    /** The text under each {@code ## } heading, up to the next heading. */
    static Map<String, String> sections(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        String heading = null;
        StringBuilder text = new StringBuilder();
        boolean fenced = false;
        for (String line : body.split("\n", -1)) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            }
            if (!fenced && line.startsWith("## ")) {
                if (heading != null) {
                    out.put(heading, text.toString().strip());
                }
                heading = line.substring(3).strip();
                text.setLength(0);
            } else if (heading != null) {
                text.append(line).append('\n');
            }
        }
        if (heading != null) {
            out.put(heading, text.toString().strip());
        }
        return out;
    }

    /**
     * Markdown prose as plain text: code spans lose their backquotes, paragraphs join with a blank line, and
     * the lines of a paragraph join with a space. Paragraphs are parted by a line of nothing but white space,
     * and within one each run of white space holding a line break becomes one space. Written out, not as
     * regular expressions: a SARIF report reads every rule's document, and compiling the two expressions for
     * each was a quarter of what describing the rules cost.
     */
    static String plain(String markdown) {
        StringBuilder sb = new StringBuilder();
        int n = markdown.length();
        int start = 0;
        while (start <= n) {
            int end = paragraphEnd(markdown, start);
            String p = markdown.substring(start, end).strip();
            if (!p.isEmpty() && !p.startsWith("```")) {
                if (!sb.isEmpty()) {
                    sb.append("\n\n");
                }
                appendJoined(sb, p.replace("`", ""));
            }
            if (end == n) {
                break;
            }
            start = afterSeparator(markdown, end);
        }
        return sb.toString();
    }

    /** Where the paragraph from {@code start} ends: at a line break followed by white space and a line break, or the end. */
    private static int paragraphEnd(String s, int start) {
        for (int i = s.indexOf('\n', start); i >= 0; i = s.indexOf('\n', i + 1)) {
            if (lastBreakInSpace(s, i + 1) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    /** After the separator that starts at the line break {@code at}: past the last line break of the white space after it. */
    private static int afterSeparator(String s, int at) {
        return lastBreakInSpace(s, at + 1) + 1;
    }

    /** The last line break in the run of white space from {@code from}, or -1 when the run holds none. */
    private static int lastBreakInSpace(String s, int from) {
        int last = -1;
        for (int i = from; i < s.length() && isSpace(s.charAt(i)); i++) {
            if (s.charAt(i) == '\n') {
                last = i;
            }
        }
        return last;
    }

    /** {@code p} with each run of white space that holds a line break written as one space. */
    private static void appendJoined(StringBuilder sb, String p) {
        int i = 0;
        int n = p.length();
        while (i < n) {
            char c = p.charAt(i);
            if (!isSpace(c)) {
                sb.append(c);
                i++;
                continue;
            }
            int j = i;
            boolean lineBreak = false;
            while (j < n && isSpace(p.charAt(j))) {
                lineBreak |= p.charAt(j) == '\n';
                j++;
            }
            if (lineBreak) {
                sb.append(' ');
            } else {
                sb.append(p, i, j);
            }
            i = j;
        }
    }

    /** White space as a regular expression's {@code \\s} means it: space, tab, line feed, vertical tab, form feed, CR. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    /** Up to and including the first full stop that ends a sentence. */
    static String firstSentence(String text) {
        int i = 0;
        while (true) {
            int dot = text.indexOf('.', i);
            if (dot < 0) {
                return text.endsWith(".") ? text : text + ".";
            }
            if (dot + 1 == text.length() || Character.isWhitespace(text.charAt(dot + 1))) {
                return text.substring(0, dot + 1);
            }
            i = dot + 1;
        }
    }
}
