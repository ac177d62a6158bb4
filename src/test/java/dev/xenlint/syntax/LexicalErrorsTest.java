package dev.xenlint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.xenlint.text.SourceText;
import dev.xenlint.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lexical error (stray character, string in typographic quotes, unterminated string) is made once per
 * token text and file and moved to each token with that text: each occurrence must have the range,
 * message and repair it has on its own.
 */
class LexicalErrorsTest {

    @Test
    void aRepeatedLexicalErrorIsTheSameAsAloneWhereverItIs() {
        String[] lines = {"vnclisten = ”0.0.0.0”", "name = ‘web’", "disk = ['phy:/dev/vg0/web’]", "memory\u00a0= 512",
            "kernel = \u200b'/boot/vmlinuz'", "$memory = 512", "boot = 'c", "vif = [“C:\\”]",
            "maxmem = 1\u20132", "cpus = ” “", "a = \u0007 1"};
        for (String line : lines) {
            List<SyntaxError> alone = ConfigParser.parse(SourceText.of("alone.cfg", line + "\n")).errors();
            assertFalse(alone.isEmpty(), line);
            String prefix = "name = 'x'\n  " + line + "\n";
            SyntaxTree twice = ConfigParser.parse(SourceText.of("twice.cfg", line + "\n" + prefix));
            List<SyntaxError> expected = new ArrayList<>(alone);
            for (SyntaxError e : alone) {
                expected.add(moved(e, line.length() + 1 + "name = 'x'\n  ".length()));
            }
            List<SyntaxError> lexical = twice.errors().stream().filter(e -> !e.message().startsWith("unexpected indent"))
                    .toList();
            assertEquals(expected, lexical, line);
        }
    }

    private static SyntaxError moved(SyntaxError e, int by) {
        SyntaxError.Repair repair = e.repair() == null ? null : new SyntaxError.Repair(e.repair().description(),
                e.repair().replacements().stream().map(x -> new SyntaxError.Replacement(shift(x.range(), by), x.text()))
                        .toList());
        return new SyntaxError(shift(e.range(), by), e.message(), repair);
    }

    private static TextRange shift(TextRange r, int by) {
        return new TextRange(r.start() + by, r.end() + by);
    }
}
