package dev.xenlint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.analysis.Analysis;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.model.Dialect;
import dev.xenlint.output.Json;
import dev.xenlint.output.ModelDump;
import dev.xenlint.syntax.ConfigParser;
import dev.xenlint.text.SourceText;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No input crashes xenlint: random bytes, mutated test files, pathological
 * nesting and sizes all end in diagnostics, never in an exception.
 */
class RobustnessTest {

    private static final long SEED = 20261126L;

    @Test
    void randomBytesNeverCrash() {
        Random random = new Random(SEED);
        for (int i = 0; i < 400; i++) {
            byte[] bytes = new byte[random.nextInt(600)];
            random.nextBytes(bytes);
            analyzeEverything(SourceText.decode("random-" + i, bytes));
        }
    }

    @Test
    void randomConfigLikeTextNeverCrashes() {
        String alphabet = "abcxyz_019 =+-*/%[](){}:;,.'\"\\#\t\n\r!$`@<>&|^~ifelsefordefimportprint";
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 400; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(300);
            for (int k = 0; k < n; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            analyzeEverything(SourceText.of("config-like-" + i, sb.toString()));
        }
    }

    @Test
    void mutatedTestFilesNeverCrash() {
        Random random = new Random(SEED + 2);
        for (Path p : TestFiles.all()) {
            String text = TestFiles.source(p).text();
            for (int i = 0; i < 60; i++) {
                analyzeEverything(SourceText.of(p + "#" + i, mutate(text, random)));
            }
        }
    }

    @Test
    void fixFormatAndConvertNeverCrashOnMutatedFiles() {
        Random random = new Random(SEED + 3);
        for (Path p : TestFiles.all()) {
            String text = TestFiles.source(p).text();
            for (int i = 0; i < 25; i++) {
                SourceText source = SourceText.of(p + "#" + i, mutate(text, random));
                var fixed = dev.xenlint.fix.Fixer.fix(source, dev.xenlint.analysis.LintOptions.DEFAULT, true);
                assertEquals(List.of(), fixed.last().ruleFailures(), "a rule threw on " + source.name());
                assertTrue(fixed.last().syntax().errors().size()
                        <= Lint.syntax(source, null).syntax().errors().size(), "fix adds no syntax error");
                Analysis a = Lint.all(source, null);
                if (Lint.syntax(source, null).diagnostics().isEmpty()) { // what `format` accepts
                    String once = dev.xenlint.format.Formatter.format(a.syntax(),
                            dev.xenlint.format.Formatter.Options.DEFAULT);
                    SourceText formatted = source.withText(once);
                    assertEquals(once, dev.xenlint.format.Formatter.format(
                            dev.xenlint.syntax.ConfigParser.parse(formatted),
                            dev.xenlint.format.Formatter.Options.DEFAULT), "idempotent on " + source.name());
                    assertEquals(Json.pretty(ModelDump.of("x", a, false)),
                            Json.pretty(ModelDump.of("x", Lint.all(formatted, null), false)),
                            "same model after formatting " + source.name() + ":\n" + source.text());
                    dev.xenlint.convert.Converter.toXl(a, "x");
                }
            }
        }
    }

    @Test
    void deepBracketNestingIsOneDiagnostic() {
        String text = "x = " + "[".repeat(100_000) + "]".repeat(100_000) + "\nmemory = 512\n";
        List<Diagnostic> errors = syntaxErrors(analyzeEverything(SourceText.of("deep", text)));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).message().contains("nested more than"));
        Analysis a = Lint.all(SourceText.of("deep", text), null);
        assertEquals(512L, ((dev.xenlint.model.Value.Int) a.model().setting("memory").effective()).value());
    }

    /**
     * Chains that nest through each `not` or `**` pass the count of brackets and prefix operators;
     * the generated parser took minutes over a 1 MiB line of them. They are one diagnostic, at the column
     * where the line got too deep, and the next line is read.
     */
    @ParameterizedTest
    @ValueSource(strings = {" < not a", " ** a"})
    void chainsNestingWithoutBracketsAreOneDiagnostic(String link) {
        String text = "x = a" + link.repeat(2_000) + "\nmemory = 512\n";
        List<Diagnostic> errors = syntaxErrors(analyzeEverything(SourceText.of("chain", text)));
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("expression nested more than 250 levels deep; xenlint does not analyse this line",
                errors.get(0).message());
        assertTrue(errors.get(0).range().start() > 0 && errors.get(0).range().end() < text.indexOf('\n'),
                "on the first line: " + errors.get(0).range());
        Analysis a = Lint.all(SourceText.of("chain", text), null);
        assertEquals(512L, ((dev.xenlint.model.Value.Int) a.model().setting("memory").effective()).value());
    }

    @Test
    void longOperatorChainsAndPrefixRunsDoNotOverflowTheStack() {
        analyzeEverything(SourceText.of("chain", "x = " + "1 + ".repeat(50_000) + "1\n"));
        analyzeEverything(SourceText.of("unary", "x = " + "-".repeat(50_000) + "1\n"));
        analyzeEverything(SourceText.of("not", "x = " + "not ".repeat(50_000) + "1\n"));
        analyzeEverything(SourceText.of("ternary", "x = " + "1 if 1 else ".repeat(20_000) + "1\n"));
        analyzeEverything(SourceText.of("lambda", "x = " + "lambda: ".repeat(20_000) + "1\n"));
        analyzeEverything(SourceText.of("calls", "x = f" + "(1)".repeat(20_000) + "\n"));
        analyzeEverything(SourceText.of("blocks", deepBlocks(5_000)));
    }

    @Test
    void oversizedFileIsOneDiagnostic() {
        String text = "# padding\n".repeat(ConfigParser.MAX_FILE_CHARS / 10 + 10);
        List<Diagnostic> errors = syntaxErrors(Lint.all(SourceText.of("big", text), null));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).message().contains("too large"));
    }

    @Test
    void longSingleLineIsFine() {
        String text = "disk = [" + "'phy:/dev/vg/a,xvda,w', ".repeat(5_000) + "]\n";
        assertEquals(List.of(), syntaxErrors(analyzeEverything(SourceText.of("long", text))));
    }

    private static List<Diagnostic> syntaxErrors(Analysis a) {
        return a.diagnostics().stream().filter(d -> d.rule().equals("syntax-error")).toList();
    }

    private static String deepBlocks(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append(" ".repeat(i)).append("if x:\n");
        }
        return sb.append(" ".repeat(depth)).append("memory = 1\n").toString();
    }

    /** Deletes, inserts or duplicates a few code points (never splitting a surrogate pair). */
    private static String mutate(String text, Random random) {
        List<Integer> cps = new java.util.ArrayList<>(text.codePoints().boxed().toList());
        int edits = 1 + random.nextInt(4);
        String inserts = "[]()'\"\\#:=,\n\t ${}+%";
        for (int e = 0; e < edits && !cps.isEmpty(); e++) {
            int at = random.nextInt(cps.size());
            switch (random.nextInt(3)) {
                case 0 -> cps.remove(at);
                case 1 -> cps.add(at, (int) inserts.charAt(random.nextInt(inserts.length())));
                default -> {
                    int end = Math.min(cps.size(), at + random.nextInt(20));
                    cps.addAll(at, List.copyOf(cps.subList(at, end)));
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        cps.forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** Parses, models, dumps and renders; checks the invariants every input must keep. */
    private static Analysis analyzeEverything(SourceText source) {
        Analysis a = null;
        for (Dialect d : new Dialect[] {null, Dialect.XM, Dialect.XL}) {
            a = Lint.all(source, d);
            assertEquals(List.of(), a.ruleFailures(), "a rule threw on " + source.name());
            if (!a.syntax().tokens().isEmpty()) {
                assertEquals(source.text(), a.syntax().tokenText(), "round trip of " + source.name());
            }
            for (Diagnostic diag : a.diagnostics()) {
                assertTrue(diag.range().end() <= source.text().length(), "range inside the text: " + diag);
                assertTrue(!diag.message().isBlank());
            }
            Json.pretty(ModelDump.of(source.name(), a, true));
        }
        byte[] bytes = source.encode(source.text());
        assertEquals(source.text(), SourceText.decode("again", bytes).text());
        return a;
    }
}
