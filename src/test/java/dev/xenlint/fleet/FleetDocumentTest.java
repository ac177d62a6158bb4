package dev.xenlint.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.xenlint.analysis.LintOptions;
import dev.xenlint.analysis.Linter;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.model.Dialect;
import dev.xenlint.text.Position;
import dev.xenlint.text.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The documents of the fleet rules are tests too: the files of a section ({@code ## Example},
 * {@code ## Use instead}), each a fence with {@code file=NAME}, are checked together, and the
 * findings must be exactly those their markers announce (severity, code, columns, message fragment).
 */
class FleetDocumentTest {

    private static final Pattern FENCE = Pattern.compile("(?m)^```cfg([^\\n]*)\\n(.*?)^```", Pattern.DOTALL);
    private static final Pattern MARKER = Pattern.compile(
            "(error|warning|info): (XC\\d{3}) @(\\d+)(?:-(\\d+))? \"([^\"]*)\"");

    @TestFactory
    Stream<DynamicTest> everyFleetDocumentIsATest() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Resource r : Resource.values()) {
            Path doc = Path.of("rules", r.rule().code() + "-" + r.rule().name() + ".md");
            String text = Files.readString(doc);
            tests.add(dynamicTest(r.rule().code() + " front matter", () -> {
                assertTrue(text.contains("\nseverity: " + r.rule().severityText() + "\n"), "severity");
                assertTrue(text.startsWith("---\ncode: " + r.rule().code() + "\nname: " + r.rule().name() + "\n"), "code and name");
            }));
            for (String heading : List.of("Example", "Use instead")) {
                String section = section(text, heading);
                tests.add(dynamicTest(r.rule().code() + " " + heading, () -> assertSection(r, heading, section)));
            }
        }
        return tests.stream();
    }

    private static void assertSection(Resource r, String heading, String section) {
        Map<String, SourceText> files = new LinkedHashMap<>();
        Set<String> expected = new TreeSet<>();
        Matcher m = FENCE.matcher(section);
        while (m.find()) {
            String attrs = m.group(1);
            Matcher name = Pattern.compile("file=(\\S+)").matcher(attrs);
            assertTrue(name.find(), "every fence of a fleet example names its file");
            String body = m.group(2);
            files.put(name.group(1), SourceText.of(name.group(1), body));
            String[] lines = body.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher mk = MARKER.matcher(lines[i]);
                while (mk.find()) {
                    expected.add(name.group(1) + ":" + (i + 1) + ":" + mk.group(3)
                            + (mk.group(4) == null ? "" : "-" + mk.group(4)) + " " + mk.group(1) + " " + mk.group(2)
                            + " " + mk.group(5));
                }
            }
        }
        assertTrue(files.size() >= 2, "a fleet example shows at least two files");
        if (heading.equals("Example")) {
            assertFalse(expected.isEmpty(), "the bad example carries markers");
        }
        Fleet fleet = new Fleet();
        List<SourceText> texts = new ArrayList<>();
        for (Map.Entry<String, SourceText> e : files.entrySet()) {
            texts.add(e.getValue());
            var model = Linter.analyze(e.getValue(), LintOptions.dialect(Dialect.XL)).model();
            fleet.add(new Fleet.Member(e.getKey(), e.getKey(), Set.of(), FactCollector.collect(model)));
        }
        Set<String> actual = new TreeSet<>();
        for (Fleet.Clash c : fleet.clashes()) {
            Diagnostic d = FleetDiagnostics.of(fleet, c, texts::get, info -> info.severity());
            SourceText src = texts.get(c.member());
            Position start = src.position(d.range().start());
            Position end = src.position(d.range().end());
            String fragment = expectedFragment(expected, fleet.member(c.member()).displayPath(), start, d);
            actual.add(fleet.member(c.member()).displayPath() + ":" + start.line() + ":" + start.column()
                    + (end.line() == start.line() ? "-" + end.column() : "") + " " + d.severity().id() + " "
                    + d.code() + " " + fragment);
        }
        assertEquals(expected, actual);
    }

    /** The fragment a marker on this line announces, when the message contains it; else the whole message. */
    private static String expectedFragment(Set<String> expected, String file, Position start, Diagnostic d) {
        String prefix = file + ":" + start.line() + ":";
        for (String e : expected) {
            if (e.startsWith(prefix)) {
                String fragment = e.substring(e.indexOf(d.code()) + d.code().length() + 1);
                if (d.message().contains(fragment)) {
                    return fragment;
                }
            }
        }
        return d.message();
    }

    private static String section(String text, String heading) {
        int at = text.indexOf("\n## " + heading + "\n");
        assertTrue(at >= 0, "## " + heading);
        int end = text.indexOf("\n## ", at + 4);
        return text.substring(at, end < 0 ? text.length() : end);
    }
}
