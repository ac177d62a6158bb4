package dev.xenlint.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The documents of the rules, {@code rules/CODE-name.md}, packaged in the jar:
 * front matter between {@code ---} lines, then Markdown.
 */
public final class RuleDocs {

    private RuleDocs() {
    }

    /** The document's file name for a rule. */
    public static String fileName(RuleInfo info) {
        return info.code() + "-" + info.name() + ".md";
    }

    /** The document of a rule, or null if the jar lacks it. */
    public static String load(RuleInfo info) {
        java.net.URL base = Base.URL;
        if (base != null) {
            try (InputStream in = new java.net.URL(base, fileName(info)).openStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.FileNotFoundException | java.nio.file.NoSuchFileException notBeside) {
                // not beside the class (resources in a folder of their own, or no such document): by name below
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (InputStream in = RuleDocs.class.getResourceAsStream("/dev/xenlint/rules/" + fileName(info))) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where the documents are: beside this class's own file, found once. A lookup of each document by name
     * goes through the class loaders' parents, and the JDK's one searches its every module for a resource
     * in a package it does not know: a SARIF report, which reads every document, spent 40 ms on that.
     */
    private static final class Base {
        static final java.net.URL URL = find();

        private static java.net.URL find() {
            java.net.URL self = RuleDocs.class.getResource("RuleDocs.class");
            try {
                return self == null ? null : new java.net.URL(self, "../rules/");
            } catch (java.net.MalformedURLException e) {
                return null;
            }
        }
    }

    /** The {@code key: value} lines of the front matter. */
    public static Map<String, String> frontMatter(String document) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] lines = document.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return out;
        }
        for (int i = 1; i < lines.length && !lines[i].strip().equals("---"); i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                out.put(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
            }
        }
        return out;
    }

    /** The Markdown after the front matter. */
    public static String body(String document) {
        if (!document.startsWith("---")) {
            return document;
        }
        int end = document.indexOf("\n---", 3);
        if (end < 0) {
            return document;
        }
        int next = document.indexOf('\n', end + 4);
        return next < 0 ? "" : document.substring(next + 1).stripLeading();
    }
}
