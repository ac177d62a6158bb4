package dev.xenlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.xenlint.analysis.Analysis;
import dev.xenlint.analysis.LintOptions;
import dev.xenlint.analysis.Linter;
import dev.xenlint.analysis.Rules;
import dev.xenlint.fix.Fixer;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleDocs;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.XenVersion;
import dev.xenlint.text.Position;
import dev.xenlint.text.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule document is executed: its bad example must yield exactly the
 * diagnostics its markers announce ({@code # warning: XC101 @1-7 "did you mean"}:
 * severity, code, column range and a fragment of the message), its good example
 * none, and its front matter must agree with the rule. Meta-tests keep rules,
 * documents and the index in {@code rules/README.md} in step.
 */
class RuleDocumentTest {

    static final Path RULES = Path.of("rules");

    /** One fenced example of a document. */
    record Example(String heading, String text, Dialect dialect, XenVersion xen) {

        LintOptions options() {
            return LintOptions.dialect(dialect).withXenVersion(xen);
        }
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
            if (rule instanceof dev.xenlint.lint.CrossFileRule) {
                continue; // its examples show several files: FleetDocumentTest runs them
            }
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
    void markersAreParsedStrictly() {
        List<Marker> m = markers("a = 1  # warning: XC101 @1-2 \"x; y\"; error: XC104 @5 \"z\"\nb\n# ^ info: XC003 @1-1 \"w\"\n");
        assertEquals(List.of(new Marker(1, Severity.WARNING, "XC101", 1, 2, "x; y"),
                new Marker(1, Severity.ERROR, "XC104", 5, -1, "z"),
                new Marker(2, Severity.INFO, "XC003", 1, 1, "w")), m);
        assertEquals("a = 1\nb\n", withoutMarkers("a = 1  # warning: XC101 @1-2 \"x\"\nb\n# ^ error: XC1 @1 \"\"\n"));
        for (String bad : List.of("a  # error: XC101", "a  # error: XC101 @1-2", "a  # error: XC101 @1 \"\"",
                "a  # error: XC101 @1 \"x\", error: XC101 @2 \"y\"", "a  # warning:XC101 @1 \"x\"")) {
            org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> markers(bad), bad);
        }
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
        Analysis a = Linter.analyze(SourceText.of(rule.code() + ".cfg", e.text()), e.options());
        List<Marker> actual = new ArrayList<>();
        List<Diagnostic> mine = new ArrayList<>();
        for (Diagnostic d : a.diagnostics()) {
            if (d.code().equals(rule.code())) {
                mine.add(d);
                actual.add(Marker.of(a.source(), d));
            }
        }
        List<Marker> expected = markers(e.text());
        if (e.heading().equals("Example")) {
            assertFalse(expected.isEmpty(), "the bad example of " + rule.code() + " has no markers");
        } else {
            assertTrue(expected.isEmpty(), "a good example carries no markers");
        }
        for (Marker m : expected) {
            assertEquals(rule.code(), m.code(), "a marker in " + rule.code() + "'s document names another rule");
        }
        String context = rule.code() + " " + e.heading() + ":\n" + e.text() + "\nfound:\n"
                + mine.stream().map(d -> Marker.of(a.source(), d).line() + ": " + Marker.of(a.source(), d).render()
                        + "  (" + d.message() + ")").collect(Collectors.joining("\n"));
        assertEquals(expected.size(), actual.size(), () -> "number of findings\n" + context);
        List<Marker> unmatched = new ArrayList<>(actual);
        for (Marker m : expected) {
            Marker hit = unmatched.stream().filter(m::matches).findFirst().orElse(null);
            assertNotNull(hit, () -> "no finding matches line " + m.line() + ": " + m.render() + "\n" + context);
            unmatched.remove(hit);
        }
    }

    /**
     * One expected finding: {@code severity: CODE @COL[-ENDCOL] "fragment"}.
     * For an actual finding, {@code fragment} holds the whole message, and
     * {@code endColumn} is -1 when its range ends on another line.
     */
    record Marker(int line, Severity severity, String code, int column, int endColumn, String fragment) {

        static Marker of(SourceText source, Diagnostic d) {
            Position start = source.position(d.range().start());
            Position end = source.position(d.range().end());
            return new Marker(start.line(), d.severity(), d.code(), start.column(),
                    end.line() == start.line() ? end.column() : -1, d.message());
        }

        /** Whether this expected marker describes the actual finding. */
        boolean matches(Marker actual) {
            return line == actual.line && severity == actual.severity && code.equals(actual.code)
                    && column == actual.column && endColumn == actual.endColumn
                    && actual.fragment.contains(fragment);
        }

        String render() {
            return severity.id() + ": " + code + " @" + column + (endColumn < 0 ? "" : "-" + endColumn)
                    + " \"" + fragment + "\"";
        }
    }

    /** Where a marker comment starts on a line: {@code # error: XC} (or warning, info), or -1. */
    static int markerStart(String line) {
        int best = -1;
        for (Severity s : Severity.values()) {
            int at = line.lastIndexOf("# " + s.id() + ": XC");
            if (at < 0) {
                at = line.lastIndexOf("# ^ " + s.id() + ": XC");
            }
            if (at > best) {
                best = at;
            }
        }
        return best;
    }

    static String withoutMarkers(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            int at = markerStart(line);
            if (at >= 0 && line.strip().startsWith("# ^ ")) {
                continue;
            }
            sb.append(at < 0 ? line : line.substring(0, at).stripTrailing()).append('\n');
        }
        return sb.substring(0, sb.length() - 1);
    }

    /**
     * The markers of an example: {@code # SEVERITY: CODE @COL[-ENDCOL] "fragment"}
     * at the end of the line a finding starts on, several separated by {@code ; },
     * or on a line {@code # ^ ...} for the line above. ENDCOL (exclusive) is
     * required when the finding's range ends on its first line and absent when
     * it ends on a later one.
     */
    static List<Marker> markers(String text) {
        List<Marker> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int at = markerStart(lines[i]);
            if (at < 0) {
                if (lines[i].matches(".*#\\s*(\\^\\s*)?(error|warning|info)\\s*:\\s*XC.*")) {
                    throw new AssertionError("line " + (i + 1) + " looks like a marker but is not one: " + lines[i]);
                }
                continue;
            }
            boolean previous = lines[i].strip().startsWith("# ^ ");
            int line = previous ? i : i + 1;
            String rest = lines[i].substring(at + (previous ? "# ^ ".length() : "# ".length()));
            out.addAll(parseMarkers(line, rest.strip()));
        }
        return out;
    }

    private static final java.util.regex.Pattern MARKER = java.util.regex.Pattern.compile(
            "(error|warning|info): (XC\\d{3}) @(\\d+)(?:-(\\d+))? \"([^\"]+)\"");

    static List<Marker> parseMarkers(int line, String text) {
        List<Marker> out = new ArrayList<>();
        java.util.regex.Matcher m = MARKER.matcher(text);
        int at = 0;
        while (true) {
            if (!m.find(at) || m.start() != at) {
                throw new AssertionError("line " + line + ": malformed marker '" + text.substring(at)
                        + "' (want: severity: XC### @COL[-ENDCOL] \"message fragment\", several separated by '; ')");
            }
            out.add(new Marker(line, Severity.parse(m.group(1)), m.group(2), Integer.parseInt(m.group(3)),
                    m.group(4) == null ? -1 : Integer.parseInt(m.group(4)), m.group(5)));
            at = m.end();
            if (at == text.length()) {
                return out;
            }
            if (!text.startsWith("; ", at)) {
                throw new AssertionError("line " + line + ": expected '; ' between markers, not '"
                        + text.substring(at) + "'");
            }
            at += 2;
        }
    }

    /**
     * A fixable rule's document shows every fix: the k-th block under {@code ## Fixed} is the k-th
     * bad example without its markers after the rule's fixes (unsafe ones too), and a second pass
     * changes nothing. A bad example with no block of its own there must be one the fix leaves alone.
     */
    private static void assertFix(Rule rule, List<Example> examples) {
        List<Example> fixed = examples.stream().filter(e -> e.heading().equals("Fixed")).toList();
        if (rule.info().fixable() == RuleInfo.Fixability.NONE) {
            assertEquals(List.of(), fixed, rule.code() + " has no fix, so no ## Fixed section");
            return;
        }
        assertFalse(fixed.isEmpty(), rule.code() + " is fixable and needs a ## Fixed section");
        List<Example> bad = examples.stream().filter(e -> e.heading().equals("Example")).toList();
        assertTrue(fixed.size() <= bad.size(), rule.code() + ": more ## Fixed blocks than bad examples");
        for (int k = 0; k < bad.size(); k++) {
            Example example = bad.get(k);
            LintOptions only = new LintOptions(example.dialect(), new dev.xenlint.analysis.RuleSelection(
                    List.of(rule.code()), List.of(), Map.of()), example.xen());
            SourceText source = SourceText.of(rule.code() + ".cfg", withoutMarkers(example.text()));
            Fixer.Result first = Fixer.fix(source, only, true);
            String which = rule.code() + " bad example " + (k + 1);
            if (k < fixed.size()) {
                assertEquals(fixed.get(k).text(), first.text(), which + ": fixed text (## Fixed block " + (k + 1) + ")");
            } else {
                assertEquals(source.text(), first.text(), which + " is changed by the fix, but ## Fixed does not "
                        + "show it: add a block for it (the k-th block shows the k-th example fixed)");
            }
            Fixer.Result second = Fixer.fix(source.withText(first.text()), only, true);
            assertEquals(first.text(), second.text(), which + ": a second pass must change nothing");
            assertEquals(List.of(), first.rolledBack(), which);
        }
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
                XenVersion xen = null;
                for (String attribute : line.substring("```cfg".length()).strip().split("\\s+")) {
                    if (attribute.startsWith("dialect=")) {
                        dialect = Dialect.parse(attribute.substring("dialect=".length()));
                        assertNotNull(dialect, "fence attribute " + attribute);
                    } else if (attribute.startsWith("xen=")) {
                        xen = XenVersion.parse(attribute.substring("xen=".length()));
                        assertNotNull(xen, "fence attribute " + attribute);
                    } else if (!attribute.isEmpty()) {
                        throw new AssertionError("unknown fence attribute " + attribute + " in " + line);
                    }
                }
                StringBuilder sb = new StringBuilder();
                for (i++; i < lines.length && !lines[i].startsWith("```"); i++) {
                    sb.append(lines[i]).append('\n');
                }
                out.add(new Example(heading, sb.toString(), dialect, xen));
            }
        }
        return out;
    }
}
