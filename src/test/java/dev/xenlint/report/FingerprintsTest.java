package dev.xenlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xenlint.analysis.LintOptions;
import dev.xenlint.analysis.Linter;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.text.SourceText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Fingerprints} hashes each rule and line once and copies the hash per finding: the
 * fingerprints are those of the definition, {@code SHA-256(salt NUL code NUL line NUL occurrence)},
 * spelled out here the direct way.
 */
class FingerprintsTest {

    @Test
    void fingerprintsAreTheHashesOfTheirDefinition() throws Exception {
        List<String> texts = List.of(
                "memroy = 1\nmemroy = 1\n  memroy=1\nname = \"a\"\nname = \"b\"\n",
                "k=1;k=1;k=1;k=1;\nk = 1; k = 1\n\tk=1;k=1\n",
                "name = \"\uD83D\uDE00\"\nname = \"\uD83D\uDE00\"\nvcpus = \"\uD83D\"\nvcpus = \"\uD83D\" \n",
                "memory = [\nbogus ]] = %\nmemory = 4\r\nmemory = 4\rmemory = 4\n");
        for (String text : texts) {
            SourceText source = SourceText.of("f.cfg", text);
            List<Diagnostic> found = Linter.analyze(source, LintOptions.DEFAULT).diagnostics();
            for (String salt : List.of("", "dir/f.cfg", "caf\u00E9 \uD83D")) {
                assertEquals(direct(source, found, salt), Fingerprints.of(source, found, salt), text);
                List<Diagnostic> reversed = new ArrayList<>(found);
                java.util.Collections.reverse(reversed);
                assertEquals(direct(source, reversed, salt), Fingerprints.of(source, reversed, salt),
                        "out of order: " + text);
            }
        }
    }

    private static List<String> direct(SourceText source, List<Diagnostic> diagnostics, String salt)
            throws Exception {
        List<String> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Diagnostic d : diagnostics) {
            String line = source.lines().lineText(source.position(d.range().start()).line());
            StringBuilder kept = new StringBuilder();
            line.chars().filter(c -> !Character.isWhitespace(c)).forEach(c -> kept.append((char) c));
            String key = d.code() + '\u0000' + kept;
            int occurrence = seen.merge(key, 1, Integer::sum) - 1;
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((salt + '\u0000' + key + '\u0000' + occurrence).getBytes(StandardCharsets.UTF_8));
            out.add(HexFormat.of().formatHex(hash, 0, 16));
        }
        return out;
    }
}
