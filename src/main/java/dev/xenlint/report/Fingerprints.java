package dev.xenlint.report;

import dev.xenlint.lint.Diagnostic;
import dev.xenlint.text.SourceText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Fingerprints that follow a finding across unrelated edits: a hash of the rule's code, the text of
 * the line the finding starts on (all white space removed) and how many findings of the same rule on
 * identical lines came before it in the file. Line numbers are left out on purpose, so adding or
 * removing lines elsewhere, or re-indenting, keeps every fingerprint; editing the line itself makes
 * a new one.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /**
     * One fingerprint per diagnostic, in order: 32 hex digits.
     *
     * <p>Each is the hash of {@code salt NUL code NUL line NUL occurrence}. Of that, all but the
     * occurrence is hashed once per rule and line text, and the hash's state is copied for each
     * finding: a line of a megabyte with 262,000 findings of one rule (a file of {@code k=1;}) was
     * hashed, and its white space removed, once per finding (issue 9).
     *
     * @param salt mixed into every hash (a file's path, where fingerprints must be unique across files);
     *             empty for none
     */
    public static List<String> of(SourceText source, List<Diagnostic> diagnostics, String salt) {
        List<String> out = new ArrayList<>(diagnostics.size());
        // by line text (white space removed), then by code: the hash so far and the findings so far
        Map<String, Map<String, Prefix>> seen = new HashMap<>();
        int lastLine = -1;
        String lastText = null;
        Map<String, Prefix> byCode = null;
        for (Diagnostic d : diagnostics) {
            int line = source.position(d.range().start()).line();
            if (line != lastLine) {
                lastLine = line;
                lastText = normalise(source.lines().lineText(line));
                byCode = seen.get(lastText); // no lambda: see StartupPathTest
                if (byCode == null) {
                    byCode = new HashMap<>();
                    seen.put(lastText, byCode);
                }
            }
            Prefix prefix = byCode.get(d.code());
            if (prefix == null) {
                prefix = new Prefix(salt + '\u0000' + d.code() + '\u0000' + lastText + '\u0000');
                byCode.put(d.code(), prefix);
            }
            out.add(prefix.next());
        }
        return out;
    }

    /** The hash of a text's start (UTF-8), and how many texts with that start were hashed. */
    private static final class Prefix {
        private final String text;
        private final MessageDigest digest; // null when the JDK's digest cannot be copied
        private int occurrences;

        Prefix(String text) {
            this.text = text;
            MessageDigest md = sha256();
            md.update(text.getBytes(StandardCharsets.UTF_8)); // ends in NUL: no surrogate pair is split
            MessageDigest copyable;
            try {
                md.clone();
                copyable = md;
            } catch (CloneNotSupportedException e) {
                copyable = null;
            }
            this.digest = copyable;
        }

        /** The fingerprint of the next occurrence. */
        String next() {
            String occurrence = Integer.toString(occurrences++);
            byte[] hash;
            if (digest == null) {
                hash = sha256().digest((text + occurrence).getBytes(StandardCharsets.UTF_8));
            } else {
                MessageDigest md;
                try {
                    md = (MessageDigest) digest.clone();
                } catch (CloneNotSupportedException e) {
                    throw new IllegalStateException(e); // it was copied once
                }
                hash = md.digest(occurrence.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(hash, 0, 16);
        }
    }

    static String normalise(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
