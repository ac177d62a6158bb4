package dev.xenlint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.fuzz.FuzzInputs;
import dev.xenlint.text.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A line of the same token types as one the generated parser recovered is replayed ({@link Recoveries}): its
 * tree, error, message and repair must be what the generated parser makes of it. Each input is followed by
 * variants of itself whose tokens have other texts, lengths and places (names, numbers and strings longer,
 * spaces doubled, a character outside the BMP inside strings, lines moved down), so that the
 * lines with an error repeat with different texts.
 */
class RecoveryReplayTest {

    /** The same text parsed with and without replays must dump the same; returns the lines replayed. */
    private static int assertSameAsParsed(SourceText source) {
        SyntaxTree parsed = ConfigParser.parseWithoutReplay(source);
        int[] count = new int[1];
        SyntaxTree replayed = ConfigParser.parseOnOneThread(source, count);
        assertEquals(dump(parsed), dump(replayed), source.name());
        return count[0];
    }

    private static String dump(SyntaxTree tree) {
        Map<Token, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < tree.tokens().size(); i++) {
            index.put(tree.tokens().get(i), i);
        }
        return LineParserTest.dump(tree, index);
    }

    /** The text, then variants of it whose tokens keep their kinds as far as a simple edit does. */
    static String withVariants(String text) {
        StringBuilder sb = new StringBuilder(text).append('\n');
        List<Token> tokens = new XenTokenizer(text, "v").tokens();
        for (int variant = 1; variant <= 3; variant++) {
            sb.append("\n".repeat(variant));
            for (Token t : tokens) {
                String s = t.text();
                switch (t.kind()) {
                    case NAME -> sb.append(s).append("_v".repeat(variant));
                    case NUMBER -> sb.append(s).append(Character.isDigit(s.charAt(s.length() - 1)) ? "0".repeat(variant) : "");
                    case STRING -> {
                        int quote = 0;
                        while (quote < s.length() && s.charAt(quote) != '\'' && s.charAt(quote) != '"') {
                            quote++; // a prefix: r, u, b
                        }
                        int open = quote;
                        while (open < s.length() && s.charAt(open) == s.charAt(quote) && open - quote < 3) {
                            open++;
                        }
                        if (open - quote == 2) {
                            open = quote + 1; // '' is an empty string, not the start of '''
                        }
                        sb.append(s, 0, Math.min(open, s.length())).append(variant == 2 ? "\uD83D\uDE00(" : "[x")
                                .append(s.substring(Math.min(open, s.length())));
                    }
                    case WHITESPACE -> sb.append(s).append(variant == 3 ? s : "");
                    default -> sb.append(s);
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Test
    void linesOfTheSameTypesAsAnEarlierErrorGetWhatTheParserMakesOfThem() {
        String[] lines = {
            // first, a line with a lexical error (its parse error is not shown), then one of the same types without
            "z = (1) 2\u00a0", "z = (1) 2", "q = [1] \u201cx\u201d", "q = [1] 'x'",
            "memory = = 512", "vcpus = 2 2", "name = ", "x = [1, 2", "x = (1, 2]", "x = 1)", "if x", "def f(",
            "disk=['phy:/dev/vg0/web,hda,w'] boot='c'", "extra = ['a' 'b'", "k = \u201cx\u201d = 1", "$x = = 1",
            "vif = [ 'mac=00:16:3e:00:00:01', = ]", "a, = = b", "print >>", "for x in : pass", "lambda : = 1",
            "x = {1: }", "x = [1,\n  2,, 3]", "a = 1 +\\\n  = 2", "if x: a = 1 b = 2", "class C(: pass", "x = a[1:2:=]",
            "import = x", "from . import (", "x = not", "x = - - - -", "a = 1 ; ; b = 2", "try: x = = 1",
        };
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append('\n');
            text.append("if a:\n    ").append(line.replace("\n", "\n    ")).append('\n');
        }
        String once = text.toString();
        int replayed = 0;
        replayed += assertSameAsParsed(SourceText.of("lines", withVariants(once)));
        replayed += assertSameAsParsed(SourceText.of("crlf", withVariants(once).replace("\n", "\r\n")));
        for (String line : lines) { // each at the end of the file, with and without a line break, a comment or a backslash
            replayed += assertSameAsParsed(SourceText.of("end", line + "\n" + line));
            replayed += assertSameAsParsed(SourceText.of("end", line + "\n" + line + "\n"));
            replayed += assertSameAsParsed(SourceText.of("end", line + "\n" + line + "  # c"));
            replayed += assertSameAsParsed(SourceText.of("end", line + "\n" + line + " \\\n"));
        }
        assertTrue(replayed > 100, "lines replayed: " + replayed);
    }

    @Test
    void theTestDataAndTheFuzzersInputsWithVariants() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("testdata"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        int replayed = 0;
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            replayed += assertSameAsParsed(SourceText.of(f.toString(), withVariants(text)));
        }
        for (byte[] input : FuzzInputs.mutated(Long.getLong("xenlint.replay.seed", 61), Integer.getInteger("xenlint.replay.count", 150))) {
            String text = new String(input, StandardCharsets.ISO_8859_1);
            replayed += assertSameAsParsed(SourceText.of("fuzz: " + text, withVariants(text)));
        }
        assertTrue(replayed > 150, "lines replayed: " + replayed);
    }

    @Test
    void aLineOfManyTokensIsParsedEachTime() {
        String line = "x = [" + "1, ".repeat(Recoveries.MAX_TOKENS) + "= ]\n";
        SourceText source = SourceText.of("long", line + line);
        assertEquals(0, assertSameAsParsed(source));
        assertEquals(1, assertSameAsParsed(SourceText.of("short", "x = [1, = ]\nx = [2, = ]\n")));
    }
}
