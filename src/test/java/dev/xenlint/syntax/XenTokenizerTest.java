package dev.xenlint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xenlint.bench.Corpus;
import dev.xenlint.syntax.gen.XenLexer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.junit.jupiter.api.Test;

/**
 * The hand-written lexer yields exactly the tokens of the grammar's lexer (type, channel,
 * code-point indexes, line, column, text): on the test data, the generated corpus, and random
 * text made of the characters where lexing is delicate.
 */
class XenTokenizerTest {

    @Test
    void sameTokensAsTheGrammarOnTheTestData() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("testdata"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            assertSameTokens(f.toString(), text);
        }
        for (Path f : List.of(Path.of("rules"))) {
            try (Stream<Path> walk = Files.walk(f)) {
                for (Path doc : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                    assertSameTokens(doc.toString(), Files.readString(doc));
                }
            }
        }
    }

    @Test
    void sameTokensAsTheGrammarOnTheCorpus() {
        for (Corpus.Entry e : Corpus.generate(42, 300)) {
            assertSameTokens(e.name(), e.text());
        }
    }

    /** Characters where one token ends and another begins, or where a token can fail to end. */
    private static final String[] PIECES = {
        "'", "\"", "'''", "\"\"\"", "\\", "\n", "\r", "\r\n", " ", "\t", "\f", "#", "0", "1", "9", "0x", "x", "X",
        "e", "E", "j", "J", "l", "L", "u", "U", "r", "R", "b", "B", "ur", "br", "_", "a", "if", "else", "True", "in",
        "is", "not", "lambda", "import", ".", "+", "-", "*", "**", "/", "//", "%", "<", ">", "<>", "=", "==", "!",
        "!=", "&", "|", "^", "~", "(", ")", "[", "]", "{", "}", ",", ":", ";", "=\n", "\u00a0", "\u2018", "\u2019",
        "\u201c", "\u201d", "\u00ab", "\u00bb", "\u300c", "\uff02", "\u00e9", "\ud83d\ude00", "\ud800", "\u0000",
        "\ufeff", "\u000b", "$", "?", "@", "`", "memory", "disk ", "name = ", "\nx = ", "\nx += ", "\n  y"};

    @Test
    void sameTokensAsTheGrammarOnRandomText() {
        Random random = new Random(14);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder sb = new StringBuilder();
            int pieces = random.nextInt(24);
            for (int i = 0; i < pieces; i++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertSameTokens("random " + n, sb.toString());
        }
    }

    private static void assertSameTokens(String name, String text) {
        List<String> expected = describe(new XenLexer(CharStreams.fromString(text, name)));
        List<String> actual = describe(new XenTokenizer(text, name));
        assertEquals(expected, actual, () -> name + ": `" + text.replace("\n", "\\n").replace("\r", "\\r") + "`");
        // the project's tokens, which the tokenizer makes first, are the grammar lexer's tokens converted
        // (kind, text, UTF-16 range), as the parser converted them before the tokenizer made its own
        assertEquals(converted(text, name), new XenTokenizer(text, name).tokens(),
                () -> name + ": `" + text.replace("\n", "\\n").replace("\r", "\\r") + "`");
    }

    private static List<dev.xenlint.syntax.Token> converted(String text, String name) {
        XenLexer lexer = new XenLexer(CharStreams.fromString(text, name));
        lexer.removeErrorListeners();
        int[] offsets = new int[text.codePointCount(0, text.length()) + 1]; // code-point index to UTF-16 offset
        for (int i = 0, offset = 0; i < offsets.length; i++) {
            offsets[i] = offset;
            offset += offset < text.length() ? Character.charCount(text.codePointAt(offset)) : 0;
        }
        List<dev.xenlint.syntax.Token> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            int start = offsets[t.getStartIndex()];
            if (t.getType() == Token.EOF) {
                out.add(new dev.xenlint.syntax.Token(TokenKind.EOF, "", dev.xenlint.text.TextRange.empty(start)));
                return out;
            }
            TokenKind kind = t.getType() == XenLexer.NEWLINE && t.getChannel() != Token.DEFAULT_CHANNEL
                    ? TokenKind.NL : ConfigParser.kindOf(t.getType());
            out.add(new dev.xenlint.syntax.Token(kind, t.getText(),
                    new dev.xenlint.text.TextRange(start, offsets[t.getStopIndex() + 1])));
        }
    }

    private static List<String> describe(TokenSource lexer) {
        if (lexer instanceof XenLexer l) {
            l.removeErrorListeners();
        }
        List<String> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            out.add(XenLexer.VOCABULARY.getSymbolicName(t.getType()) + " ch" + t.getChannel() + " " + t.getStartIndex()
                    + ".." + t.getStopIndex() + " @" + t.getLine() + ":" + t.getCharPositionInLine() + " `"
                    + t.getText() + "`");
            if (t.getType() == Token.EOF) {
                return out;
            }
        }
    }
}
