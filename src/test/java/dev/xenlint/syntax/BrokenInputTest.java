package dev.xenlint.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.Lint;
import dev.xenlint.analysis.Analysis;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.model.Dialect;
import dev.xenlint.text.SourceText;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs found by fuzzing (issue 9): each is a syntax error, never a crash or a silently dropped character. */
class BrokenInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"for", "for x", "def", "class", "if[[", "_crash=n for\non_cra=", "while", "with",
        "for x in\n    a = 1", "if 1:\n    a = 1\nelif\n    b = 2", "try:\n    a = 1\nexcept (\n    pass",
        "def (:\n    a = 1\nelse:\n    b = 1"})
    void incompleteBlockHeadersAreSyntaxErrors(String input) {
        for (Dialect d : new Dialect[] {null, Dialect.XM, Dialect.XL}) {
            Analysis a = Lint.all(SourceText.of("t", input), d);
            List<Diagnostic> syntax = a.diagnostics().stream().filter(x -> x.code().equals("XC001")).toList();
            assertFalse(syntax.isEmpty(), a.diagnostics().toString());
            assertTrue(a.ruleFailures().isEmpty(), a.ruleFailures().toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
            $memory = 512                     | 1:1 | unexpected character `$` (U+0024)
            if 1:\\n\\u00a0   a = 1           | 2:1 | unexpected character: a non-breaking space (U+00A0)
            if 1:\\n\\ufeff   a = 1           | 2:1 | unexpected character
            \\u0000memory = 512               | 1:1 | unexpected character U+0000
            \\u00e9memory = 512               | 1:1 | unexpected character `é` (U+00E9)
            """)
    void strayCharacterAtTheStartOfALineIsReported(String input, String where, String message) {
        String text = unescape(input) + "\n";
        for (Dialect d : Dialect.values()) {
            SourceText source = SourceText.of("t", text);
            List<Diagnostic> errors = Lint.syntax(source, d).diagnostics();
            assertTrue(errors.stream().anyMatch(e -> where.equals(source.position(e.range().start()).toString())
                    && e.message().startsWith(message)), errors.toString());
        }
    }

    @org.junit.jupiter.api.Test
    void aLineWithAnErrorAtEveryTokenKeepsItsFirstError() {
        SourceText source = SourceText.of("t", "a" + "%".repeat(5000) + "\n");
        List<Diagnostic> errors = Lint.syntax(source, Dialect.XM).diagnostics();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("1:3", source.position(errors.get(0).range().start()).toString());
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'n') {
                sb.append('\n');
                i++;
            } else if (c == '\\' && i + 5 < s.length() && s.charAt(i + 1) == 'u') {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
