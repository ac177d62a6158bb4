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

    /** Markdown prose as plain text: code spans lose their backquotes, paragraphs join with a blank line. */
    static String plain(String markdown) {
        StringBuilder sb = new StringBuilder();
        for (String paragraph : markdown.split("\n\\s*\n")) {
            String p = paragraph.strip();
            if (p.isEmpty() || p.startsWith("```")) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append("\n\n");
            }
            sb.append(p.replace("`", "").replaceAll("\\s*\n\\s*", " "));
        }
        return sb.toString();
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
