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
 * A long file's lines are parsed on two threads, in chunks each takes when free: tokens, lines, trees,
 * errors, blocks and xl's view must be what one thread makes, whatever falls on either side of a chunk's
 * edge (valid lines, syntax errors that go to the generated parser, stray characters before a line,
 * blocks across chunks), and whichever thread takes which chunk.
 */
class TwoThreadParseTest {

    private static void assertSameBothWays(SourceText source) {
        assertTrue(source.text().length() >= ConfigParser.PARALLEL_CHARS, source.name() + " is too short to split");
        SyntaxTree one = ConfigParser.parseOnOneThread(source);
        String expected = dump(one);
        assertEquals(expected, dump(ConfigParser.parse(source)), source.name());
        // the chunks of lines alternating between the two runs, whatever the threads would have done
        assertEquals(expected, dump(ConfigParser.parseInTurns(source)), source.name() + ", chunks in turns");
    }

    private static String dump(SyntaxTree tree) {
        Map<Token, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < tree.tokens().size(); i++) {
            index.put(tree.tokens().get(i), i);
        }
        return LineParserTest.dump(tree, index);
    }

    @Test
    void theTestDataAndTheFuzzersInputsOneAfterAnother() throws IOException {
        StringBuilder sb = new StringBuilder();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("testdata"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        while (sb.length() < 2 * ConfigParser.PARALLEL_CHARS) {
            for (Path f : files) {
                sb.append(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).append('\n');
            }
            for (byte[] input : FuzzInputs.mutated(sb.length(), 100)) {
                sb.append(new String(input, StandardCharsets.ISO_8859_1)).append('\n');
            }
        }
        assertSameBothWays(SourceText.of("joined", sb.toString()));
    }

    @Test
    void aPythonBlockAcrossTheMiddleAndErrorsOnEveryLine() {
        StringBuilder sb = new StringBuilder("if memory > 256:\n");
        for (int i = 0; sb.length() < 3 * ConfigParser.PARALLEL_CHARS; i++) {
            sb.append(switch (i % 6) {
                case 0 -> "    vcpus = " + i + "\n";
                case 1 -> "    memory = = 512\n";
                case 2 -> "\u00a0   disk = ['phy:/dev/vg/d" + i + ",xvda,w' 'x']\n";
                case 3 -> "    kernel = \u201c/boot/vmlinuz\u201d\n";
                case 4 -> "$name = 'g" + i + "'\n";
                default -> "    extra = (1 +\n        2) k=1\n";
            });
        }
        sb.append("else:\n    vcpus = 1\n");
        assertSameBothWays(SourceText.of("blocks", sb.toString()));
    }
}
