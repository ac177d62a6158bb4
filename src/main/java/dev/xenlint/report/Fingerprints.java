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
     * @param salt mixed into every hash (a file's path, where fingerprints must be unique across files);
     *             empty for none
     */
    public static List<String> of(SourceText source, List<Diagnostic> diagnostics, String salt) {
        List<String> out = new ArrayList<>(diagnostics.size());
        Map<String, Integer> seen = new HashMap<>();
        for (Diagnostic d : diagnostics) {
            int line = source.position(d.range().start()).line();
            String key = d.code() + '\u0000' + normalise(source.lines().lineText(line));
            int occurrence = seen.merge(key, 1, Integer::sum) - 1;
            out.add(hash(salt + '\u0000' + key + '\u0000' + occurrence));
        }
        return out;
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

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
