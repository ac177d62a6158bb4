package dev.xenlint.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The parser generator stays behind {@code dev.xenlint.syntax}: no source file outside that package
 * (main or test) names ANTLR's runtime or the generated lexer and parser, so the lexer or the grammar
 * can be replaced without touching rules, formatter, converter or model. Other packages use the
 * syntax package's own {@code Token}, {@code TokenKind}, {@code Node} and {@code NodeKind}.
 */
class SyntaxBoundaryTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path TEST = Path.of("src/test/java");
    private static final String SYNTAX = "dev/xenlint/syntax/";
    private static final String SELF = "dev/xenlint/architecture/SyntaxBoundaryTest.java";

    @Test
    void nothingOutsideSyntaxNamesAntlrOrTheGeneratedParser() {
        List<Path> sources = sources();
        assertFalse(sources.isEmpty(), "no sources found under " + MAIN.toAbsolutePath());
        List<String> offenders = new ArrayList<>();
        for (Path file : sources) {
            String relative = relative(file);
            if (relative.startsWith(SYNTAX) || relative.equals(SELF)) {
                continue;
            }
            String text = read(file);
            if (text.contains("org.antlr") || text.contains("dev.xenlint.syntax.gen")) {
                offenders.add(relative);
            }
        }
        assertEquals(List.of(), offenders, "files outside dev.xenlint.syntax that use ANTLR's types");
    }

    static List<Path> sources() {
        List<Path> out = new ArrayList<>();
        for (Path root : List.of(MAIN, TEST)) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    static String relative(Path file) {
        Path root = file.startsWith(MAIN) ? MAIN : TEST;
        return root.relativize(file).toString().replace('\\', '/');
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
