package dev.xenlint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.xenlint.syntax.ConfigParser;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.text.SourceText;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The lexer is lossless: tokens reproduce every test file, and encoding restores its bytes. */
class RoundTripTest {

    @TestFactory
    Stream<DynamicTest> tokensReproduceEveryTestFile() {
        return TestFiles.all().stream().map(p -> dynamicTest(p.toString(), () -> assertRoundTrip(p)));
    }

    private static void assertRoundTrip(Path p) {
        byte[] bytes = TestFiles.bytes(p);
        SourceText source = SourceText.decode(p.toString(), bytes);
        SyntaxTree tree = ConfigParser.parse(source);
        assertEquals(source.text(), tree.tokenText(), "token texts must concatenate to the input");
        assertArrayEquals(bytes, source.encode(tree.tokenText()), "encoding must restore the original bytes");
    }
}
