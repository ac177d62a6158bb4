package dev.xenlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.xenlint.fix.Fixer;
import dev.xenlint.lint.Analysis;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.LintOptions;
import dev.xenlint.lint.Linter;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleDocs;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Rules;
import dev.xenlint.model.Dialect;
import dev.xenlint.text.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule document is executed: its bad example must yield exactly the
 * diagnostics its {@code # error: CODE} markers announce, its good example
 * none, and its front matter must agree with the rule. Meta-tests keep rules,
 * documents and the index in {@code rules/README.md} in step.
 */
class RuleDocumentTest {

    static final Path RULES = Path.of("rules");

    /** One fenced example of a document. */
    record Example(String heading, String text, Dialect dialect) {
    }

    @TestFactory
    Stream<DynamicNode> everyDocumentIsATest() throws IOException {
        List<DynamicNode> tests = new ArrayList<>();
        for (Rule rule : Rules.all()) {
            Path doc = RULES.resolve(RuleDocs.fileName(rule.info()));
            if (!Files.exists(doc)) {
                continue; // reported by documentsMatchRules
            }
            String text = Files.readString(doc);
            tests.add(dynamicTest(rule.code() + " front matter", () -> assertFrontMatter(rule.info(), text)));
            List<Example> examples = examples(text);
            tests.add(dynamicTest(rule.code() + " has a bad and a good example", () -> {
                assertTrue(examples.stream().anyMatch(e -> e.heading().equals("Example")), "## Example");
                assertTrue(examples.stream().anyMatch(e -> e.heading().equals("Use instead")), "## Use instead");
            }));
            for (Example e : examples) {
                if (!e.heading().equals("Fixed")) {
                    tests.add(dynamicTest(rule.code() + " " + e.heading(), () -> assertMarkers(rule, e)));
                }
            }
            tests.add(dynamicTest(rule.code() + " fix", () -> assertFix(rule, examples)));
        }
        return tests.stream();
    }

    @Test
    void documentsMatchRules() throws IOException {
        List<String> expected = Rules.all().stream().map(r -> RuleDocs.fileName(r.info())).sorted().toList();
        List<String> actual;
        try (Stream<Path> files = Files.list(RULES)) {
            actual = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("XC")).sorted().toList();
        }
        assertEquals(expected, actual, "one document per rule, named CODE-name.md");
    }

    @Test
    void indexListsEveryRule() throws IOException {
        String index = Files.readString(RULES.resolve("README.md"));
        List<String> rows = index.lines().filter(l -> l.startsWith("| [XC")).toList();
        List<String> expected = Rules.all().stream().map(r -> indexRow(r.info())).toList();
        assertEquals(expected, rows, "rules/README.md must list every rule, in code order");
    }

    @Test
    void codesAndNamesAreUniqueAndWellFormed() {
        assertEquals(Rules.all().size(), Rules.all().stream().map(Rule::code).distinct().count());
        assertEquals(Rules.all().size(), Rules.all().stream().map(Rule::name).distinct().count());
        for (Rule r : Rules.all()) {
            assertTrue(r.code().matches("XC\\d{3}"), r.code());
            assertTrue(r.name().matches("[a-z0-9]+(-[a-z0-9]+)*"), r.name());
        }
    }

    @Test
    void documentsArePackaged() {
        for (Rule r : Rules.all()) {
            assertNotNull(RuleDocs.load(r.info()), "jar resource for " + r.code());
        }
    }

    /** The row rules/README.md must have for a rule. */
    static String indexRow(RuleInfo info) {
        return "| [" + info.code() + "](" + RuleDocs.fileName(info) + ") | " + info.name() + " | "
                + info.severityText().replace("|", "\\|") + " | " + dialects(info) + " | " + info.fixable().id() + " |";
    }

    static String dialects(RuleInfo info) {
        return info.dialects().stream().map(Dialect::id).sorted(java.util.Comparator.reverseOrder())
                .collect(Collectors.joining(", "));
    }

    private static void assertFrontMatter(RuleInfo info, String text) {
        Map<String, String> fm = RuleDocs.frontMatter(text);
        assertEquals(info.code(), fm.get("code"), "code");
        assertEquals(info.name(), fm.get("name"), "name");
        assertEquals(info.severityText(), fm.get("severity"), "severity (every one the rule emits)");
        assertEquals(dialects(info), fm.get("dialects"), "dialects");
        assertEquals(info.fixable().id(), fm.get("fixable"), "fixable");
        assertEquals(info.guests().stream().map(g -> g.id()).sorted().collect(Collectors.joining(", ")),
                fm.get("guests"), "guests");
        assertEquals(info.since(), fm.get("since"), "since");
        String body = RuleDocs.body(text);
        for (String section : List.of("## What it does", "## Why it matters", "## Example", "## Use instead",
                "## How to fix")) {
            assertTrue(body.contains(section), section + " in " + info.code());
        }
    }

    private static void assertMarkers(Rule rule, Example e) {
        // every rule runs (suppressions are judged against all of them); only this rule's findings count
        Analysis a = Linter.analyze(SourceText.of(rule.code() + ".cfg", e.text()), LintOptions.dialect(e.dialect()));
        Map<Integer, List<String>> actual = new TreeMap<>();
        for (Diagnostic d : a.diagnostics()) {
            if (!d.code().equals(rule.code())) {
                continue;
            }
            actual.computeIfAbsent(a.source().position(d.range().start()).line(), k -> new ArrayList<>()).add(d.code());
        }
        Map<Integer, List<String>> expected = markers(e.text());
        if (e.heading().equals("Example")) {
            assertFalse(expected.isEmpty(), "the bad example of " + rule.code() + " has no markers");
        } else {
            assertTrue(expected.isEmpty(), "a good example carries no markers");
        }
        assertEquals(expected, actual, () -> rule.code() + " " + e.heading() + ":\n" + e.text() + "\n"
                + a.diagnostics().stream().map(d -> a.source().position(d.range().start()) + " " + d.message())
                .collect(Collectors.joining("\n")));
    }

    /**
     * A fixable rule's document shows the fixed bad example; applying the
     * rule's fixes (unsafe ones too) to the example without its markers gives
     * exactly that text, and a second pass changes nothing.
     */
    private static void assertFix(Rule rule, List<Example> examples) {
        Example fixed = examples.stream().filter(e -> e.heading().equals("Fixed")).findFirst().orElse(null);
        if (rule.info().fixable() == RuleInfo.Fixability.NONE) {
            assertEquals(null, fixed, rule.code() + " has no fix, so no ## Fixed section");
            return;
        }
        assertNotNull(fixed, rule.code() + " is fixable and needs a ## Fixed section");
        Example bad = examples.stream().filter(e -> e.heading().equals("Example")).findFirst().orElseThrow();
        LintOptions only = new LintOptions(bad.dialect(), new dev.xenlint.lint.RuleSelection(List.of(rule.code()),
                List.of(), Map.of()));
        SourceText source = SourceText.of(rule.code() + ".cfg", withoutMarkers(bad.text()));
        Fixer.Result first = Fixer.fix(source, only, true);
        assertEquals(fixed.text(), first.text(), rule.code() + " fixed text");
        Fixer.Result second = Fixer.fix(source.withText(first.text()), only, true);
        assertEquals(first.text(), second.text(), rule.code() + ": a second pass must change nothing");
        assertEquals(List.of(), first.rolledBack());
    }

    static String withoutMarkers(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.strip().startsWith("# ^ error:")) {
                continue;
            }
            int at = line.indexOf("# error: XC");
            sb.append(at < 0 ? line : line.substring(0, at).stripTrailing()).append('\n');
        }
        return sb.substring(0, sb.length() - 1);
    }

    /** Line number to codes, from {@code # error: CODE[, CODE]} and {@code # ^ error: CODE} (previous line). */
    static Map<Integer, List<String>> markers(String text) {
        Map<Integer, List<String>> out = new TreeMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int at = lines[i].indexOf("error: XC");
            if (at < 0) {
                continue;
            }
            boolean previous = lines[i].strip().startsWith("# ^");
            int line = previous ? i : i + 1;
            for (String code : lines[i].substring(at + "error:".length()).split(",")) {
                out.computeIfAbsent(line, k -> new ArrayList<>()).add(code.strip());
            }
        }
        return out;
    }

    /** Fenced {@code cfg} blocks, labelled by the {@code ##} heading above them. */
    static List<Example> examples(String document) {
        List<Example> out = new ArrayList<>();
        String heading = "";
        String[] lines = document.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("## ")) {
                heading = line.substring(3).strip();
            } else if (line.startsWith("```cfg")) {
                Dialect dialect = null;
                int d = line.indexOf("dialect=");
                if (d >= 0) {
                    dialect = Dialect.parse(line.substring(d + 8).strip());
                }
                StringBuilder sb = new StringBuilder();
                for (i++; i < lines.length && !lines[i].startsWith("```"); i++) {
                    sb.append(lines[i]).append('\n');
                }
                out.add(new Example(heading, sb.toString(), dialect));
            }
        }
        return out;
    }
}
