package dev.xenlint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.fuzz.FuzzInputs;
import dev.xenlint.syntax.gen.XenLexer;
import dev.xenlint.syntax.gen.XenParser;
import dev.xenlint.text.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.junit.jupiter.api.Test;

/**
 * The generated parser as xenlint runs it ({@link LinePrediction}, {@link FriendlyErrorStrategy}: exceptions
 * without stack traces, a dead end's alternative read off directly, recovery's token sets kept) against ANTLR's stock prediction and
 * recovery, on lines with syntax errors: the same tree and the same tokens reported, line by line. (The
 * messages are the friendly strategy's own, and compared with the baseline's by the reports.)
 */
class LinePredictionTest {

    private int withErrors;
    /** One for every line, as a file's lines share one: the sets it keeps must hold for all of them. */
    private final FriendlyErrorStrategy.Follow follow = new FriendlyErrorStrategy.Follow();

    @Test
    void sameTreesAndErrorsAsAntlrsOwnOnTheTestDataTheFuzzerAndRandomLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("testdata"))) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                lines.addAll(SourceText.decode(f.toString(), Files.readAllBytes(f)).text().lines().toList());
            }
        }
        for (byte[] input : FuzzInputs.mutated(11, 600)) {
            lines.addAll(new String(input, StandardCharsets.UTF_8).lines().toList());
        }
        Random r = new Random(5);
        String[] vocabulary = {"(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "=", "=", "+=", "not", "in", "is", "if",
            "else", "for", "lambda", "**", "*", "-", "+", "~", "and", "or", "x", "memory", "1", "512", "'s'", "”s”",
            "as", "print", ">>", "import", "from", "<", "==", "%", "//", "|", "&", "return", "def", "class", "try",
            "except", "while", "with", "$"};
        for (int i = 0; i < 6_000; i++) {
            StringBuilder line = new StringBuilder();
            for (int n = 1 + r.nextInt(12); n > 0; n--) {
                line.append(vocabulary[r.nextInt(vocabulary.length)]).append(r.nextBoolean() ? " " : "");
            }
            lines.add(line.toString());
        }
        for (String line : lines) {
            if (line.length() <= 400) { // long lines cost the stock strategy, which never gives up, too much time
                compare(line);
            }
        }
        assertTrue(withErrors > 5_000, withErrors + " lines with errors");
    }

    private void compare(String line) {
        Parsed stock = parse(line, false);
        Parsed ours = parse(line, true);
        if (ours.gaveUp) {
            return; // more than FriendlyErrorStrategy.MAX_RECOVERIES errors: the rest of the line is not parsed
        }
        if (!stock.errors.isEmpty()) {
            withErrors++;
        }
        assertEquals(stock.tree + " " + stock.errors, ours.tree + " " + ours.errors, line);
    }

    private record Parsed(String tree, List<Integer> errors, boolean gaveUp) {
    }

    private Parsed parse(String line, boolean ours) {
        XenLexer lexer = new XenLexer(CharStreams.fromString(line));
        lexer.removeErrorListeners();
        XenParser parser = new XenParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        List<Integer> errors = new ArrayList<>();
        parser.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int l, int column, String msg,
                                    RecognitionException e) {
                errors.add(((Token) offendingSymbol).getTokenIndex());
            }
        });
        if (ours) {
            parser.setInterpreter(new LinePrediction(parser, parser.getInterpreter()));
            parser.setErrorHandler(new FriendlyErrorStrategy(SourceText.of("line", line), true, follow));
        } else {
            parser.setErrorHandler(new DefaultErrorStrategy());
        }
        try {
            return new Parsed(parser.line().toStringTree(parser), errors, false);
        } catch (ParseCancellationException tooMany) {
            return new Parsed(null, errors, true);
        } catch (StackOverflowError deep) {
            return new Parsed("too deep", List.of(), false);
        }
    }
}
