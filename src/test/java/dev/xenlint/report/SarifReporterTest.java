package dev.xenlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xenlint.analysis.LintOptions;
import dev.xenlint.analysis.Linter;
import dev.xenlint.analysis.Rules;
import dev.xenlint.engine.FileReport;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Edit;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleDocs;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Dialect;
import dev.xenlint.text.SourceText;
import dev.xenlint.text.TextRange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the SARIF approval files leave out: the rule table, rule indexes, columns and fingerprints. */
class SarifReporterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode run(List<FileReport> files) throws Exception {
        return JSON.readTree(ReportFixtures.render(ReportFormat.SARIF::create, files)).get("runs").get(0);
    }

    @Test
    void theRuleTableHasEveryRuleWithItsDocument() throws Exception {
        JsonNode rules = run(ReportFixtures.clean()).get("tool").get("driver").get("rules");
        assertEquals(Rules.all().size(), rules.size());
        for (int i = 0; i < Rules.all().size(); i++) {
            Rule rule = Rules.all().get(i);
            JsonNode r = rules.get(i);
            assertEquals(rule.code(), r.get("id").asText());
            assertEquals(rule.name(), r.get("name").asText());
            String doc = RuleDocs.load(rule.info());
            assertEquals(RuleDocs.body(doc).strip(), r.get("help").get("markdown").asText(), rule.code());
            String text = r.get("help").get("text").asText();
            assertFalse(text.contains("`"), rule.code() + ": help text is plain text");
            assertTrue(text.contains("Why it matters: "), rule.code());
            String summary = r.get("shortDescription").get("text").asText();
            assertTrue(summary.endsWith(".") && !summary.contains("\n"), rule.code() + ": " + summary);
            assertTrue(r.get("fullDescription").get("text").asText().startsWith(summary), rule.code());
            assertEquals(SarifReporter.level(rule.info().severity()), r.get("defaultConfiguration").get("level").asText());
            assertEquals(rule.info().fixable().id(), r.get("properties").get("fixable").asText());
            assertEquals(rule.info().dialects().size(), r.get("properties").get("dialects").size());
        }
        JsonNode run = run(ReportFixtures.testdata());
        for (JsonNode result : run.get("results")) {
            assertEquals(result.get("ruleId").asText(),
                    run.get("tool").get("driver").get("rules").get(result.get("ruleIndex").asInt()).get("id").asText());
        }
    }

    @Test
    void aFindingFromARuleOutsideTheTableGetsAnEntry() throws Exception {
        JsonNode run = run(ReportFixtures.acrossFiles());
        JsonNode result = run.get("results").get(0);
        assertEquals("XC999", result.get("ruleId").asText());
        JsonNode rule = run.get("tool").get("driver").get("rules").get(result.get("ruleIndex").asInt());
        assertEquals("XC999", rule.get("id").asText());
        assertEquals("fleet-example", rule.get("name").asText());
    }

    @Test
    void theByteOrderMarkFixDeletesItsThreeBytes() throws Exception {
        // text regions do not count the mark (SARIF 2.1.0 3.30.2), so the fix names it as a binary region
        SourceText source = SourceText.decode("bom.cfg", "\uFEFFname = \"a\"\n".getBytes(StandardCharsets.UTF_8));
        var analysis = Linter.analyze(source, LintOptions.dialect(Dialect.XL));
        Diagnostic bom = analysis.diagnostics().stream()
                .filter(d -> d.fix() != null && d.fix().edits().stream().anyMatch(Edit::dropsBom)).findFirst().orElseThrow();
        JsonNode replacements = run(List.of(new FileReport("bom.cfg", null, source, List.of(bom), null)))
                .get("results").get(0).get("fixes").get(0).get("artifactChanges").get(0).get("replacements");
        assertEquals(1, replacements.size(), replacements.toString());
        JsonNode region = replacements.get(0).get("deletedRegion");
        assertEquals(0, region.get("byteOffset").asInt());
        assertEquals(3, region.get("byteLength").asInt());
        assertFalse(region.has("startLine"), region.toString());
        assertFalse(replacements.get(0).has("insertedContent"), "nothing inserted");
    }

    @Test
    void columnsCountUtf16CodeUnits() throws Exception {
        // U+1F600 takes two UTF-16 code units, é one
        SourceText source = SourceText.of("emoji.cfg", "name = \"\uD83D\uDE00é\"; memroy = 1\n");
        var analysis = Linter.analyze(source, LintOptions.dialect(Dialect.XL));
        Diagnostic unknown = analysis.diagnostics().stream().filter(d -> d.code().equals("XC101")).findFirst().orElseThrow();
        JsonNode region = run(List.of(new FileReport("emoji.cfg", null, source, List.of(unknown), null)))
                .get("results").get(0).get("locations").get(0).get("physicalLocation").get("region");
        int offset = source.text().indexOf("memroy");
        assertEquals(14, offset);
        assertEquals(offset + 1, region.get("startColumn").asInt());
        assertEquals(offset + 7, region.get("endColumn").asInt());
    }

    @Test
    void fingerprintsSurviveUnrelatedEditsAndChangeWithTheLine() {
        String before = "name = \"web\"\nmemroy = 1\nmemroy = 1\n";
        String after = "# a new comment\n\nname = \"web-2\"\n  memroy   = 1\nmemroy = 1\n";
        List<String> a = fingerprints(before);
        List<String> b = fingerprints(after);
        assertEquals(2, a.size());
        assertNotEquals(a.get(0), a.get(1), "identical lines get distinct fingerprints");
        assertEquals(a, b, "new lines above, a changed unrelated line and re-indentation keep the fingerprints");
        List<String> edited = fingerprints("name = \"web\"\nmemroy = 2\nmemroy = 1\n");
        assertNotEquals(a.get(0), edited.get(0), "editing the line itself makes a new fingerprint");
    }

    /** The fingerprints of an XC101 finding at each {@code memroy} in the text. */
    private static List<String> fingerprints(String text) {
        SourceText source = SourceText.of("f.cfg", text);
        List<Diagnostic> found = new java.util.ArrayList<>();
        for (int i = text.indexOf("memroy"); i >= 0; i = text.indexOf("memroy", i + 1)) {
            found.add(new Diagnostic(dev.xenlint.analysis.Rules.find("XC101").info(), Severity.WARNING, new TextRange(i, i + 6), "m", List.of(), null));
        }
        return Fingerprints.of(source, found, "");
    }

    @Test
    void pathsOutsideTheWorkingDirectoryAreAbsoluteFileUris() throws Exception {
        Path outside = Path.of("/").toAbsolutePath().resolve("etc").resolve("xen").resolve("web cfg");
        SourceText source = SourceText.of("web", "memroy = 1\n");
        Diagnostic d = new Diagnostic(dev.xenlint.analysis.Rules.find("XC101").info(), Severity.WARNING, new TextRange(0, 6), "m", List.of(), null);
        JsonNode location = run(List.of(new FileReport(outside.toString(), outside, source, List.of(d), null)))
                .get("results").get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation");
        assertEquals(outside.toUri().toASCIIString(), location.get("uri").asText());
        assertTrue(location.get("uri").asText().endsWith("web%20cfg"));
        assertFalse(location.has("uriBaseId"));
    }

    @Test
    void relativeUrisAreEncoded() {
        assertEquals("a%20b/%C3%A9%3A1.cfg", SarifReporter.encode("a b/é:1.cfg"));
    }
}
