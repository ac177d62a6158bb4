package dev.xenlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xenlint.TestFiles;
import dev.xenlint.engine.FileReport;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every CI format over the same runs: the test data (syntax errors, encodings, clean files), a file
 * whose findings carry fixes and related places, a clean file, and a run with a finding whose related
 * place is in another file, an unreadable input and standard input. Each output is pinned by an
 * approval file ({@code report.FORMAT.CASE}) and read back with a real parser (Jackson, the JDK's DOM
 * parser) to check it says what the run found.
 */
class ReportFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Map<String, Supplier<List<FileReport>>> cases() {
        Map<String, Supplier<List<FileReport>>> cases = new LinkedHashMap<>();
        cases.put("testdata", ReportFixtures::testdata);
        cases.put("fixes", ReportFixtures::fixes);
        cases.put("clean", ReportFixtures::clean);
        cases.put("across-files", ReportFixtures::acrossFiles);
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> approved() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            cases().forEach((name, files) -> tests.add(dynamicTest(format.id() + " " + name, () -> {
                String out = ReportFixtures.render(format::create, files.get());
                TestFiles.verifyApproved("report." + format.id() + "." + name, normalise(format, out));
            })));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> readBackWithARealParser() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            cases().forEach((name, files) -> tests.add(dynamicTest(format.id() + " " + name, () -> {
                List<FileReport> reports = files.get();
                String out = ReportFixtures.render(format::create, reports);
                readBack(format, reports, out);
            })));
        }
        return tests.stream();
    }

    private static void readBack(ReportFormat format, List<FileReport> files, String out) throws Exception {
        List<Diagnostic> all = files.stream().flatMap(f -> f.diagnostics().stream()).toList();
        switch (format) {
            case SARIF -> {
                JsonNode run = JSON.readTree(out).get("runs").get(0);
                assertEquals(all.size(), run.get("results").size());
                for (int i = 0; i < all.size(); i++) {
                    JsonNode result = run.get("results").get(i);
                    assertEquals(all.get(i).code(), result.get("ruleId").asText());
                    assertEquals(all.get(i).message(), result.get("message").get("text").asText());
                    assertEquals(all.get(i).code(),
                            run.get("tool").get("driver").get("rules").get(result.get("ruleIndex").asInt()).get("id").asText());
                }
                long unreadable = files.stream().filter(f -> !f.readable()).count();
                assertEquals(unreadable, run.get("invocations").get(0).get("toolExecutionNotifications").size());
                assertEquals(unreadable == 0, run.get("invocations").get(0).get("executionSuccessful").asBoolean());
            }
            case GITLAB -> {
                JsonNode issues = JSON.readTree(out);
                assertEquals(all.size(), issues.size());
                List<String> fingerprints = new ArrayList<>();
                for (int i = 0; i < all.size(); i++) {
                    JsonNode issue = issues.get(i);
                    assertEquals(all.get(i).code(), issue.get("check_name").asText());
                    assertTrue(issue.get("description").asText().endsWith(all.get(i).message()));
                    assertTrue(issue.get("location").get("lines").get("begin").asInt() >= 1);
                    assertTrue(List.of("info", "minor", "major").contains(issue.get("severity").asText()));
                    fingerprints.add(issue.get("fingerprint").asText());
                }
                assertEquals(fingerprints.size(), fingerprints.stream().distinct().count(), "fingerprints are unique");
            }
            case CHECKSTYLE -> {
                Document doc = xml(out);
                NodeList errors = doc.getElementsByTagName("error");
                assertEquals(all.size(), errors.getLength());
                for (int i = 0; i < all.size(); i++) {
                    Element e = (Element) errors.item(i);
                    assertEquals(all.get(i).message(), e.getAttribute("message"));
                    assertEquals(all.get(i).severity().id(), e.getAttribute("severity"));
                    assertEquals("xenlint." + all.get(i).code(), e.getAttribute("source"));
                }
                assertEquals(files.size(), doc.getElementsByTagName("file").getLength());
            }
            case JUNIT -> {
                Document doc = xml(out);
                assertEquals(files.size(), doc.getElementsByTagName("testcase").getLength());
                long failing = files.stream().filter(f -> f.diagnostics().stream()
                        .anyMatch(d -> d.severity().atLeast(Severity.WARNING))).count();
                assertEquals(failing, doc.getElementsByTagName("failure").getLength());
                assertEquals(String.valueOf(failing), doc.getDocumentElement().getAttribute("failures"));
                assertEquals(files.stream().filter(f -> !f.readable()).count(), doc.getElementsByTagName("error").getLength());
            }
            case GITHUB -> {
                List<String> lines = out.lines().toList();
                long unreadable = files.stream().filter(f -> !f.readable()).count();
                assertEquals(all.size() + unreadable, lines.size());
                for (String line : lines) {
                    assertTrue(line.matches("::(error|warning|notice) file=[^,:]+(,line=\\d+,col=\\d+,endLine=\\d+,endColumn=\\d+)?"
                            + ",title=[^,:]+::.*"), line);
                }
            }
            case GCC -> {
                long related = all.stream().mapToLong(d -> d.related().size()).sum();
                List<String> lines = out.lines().toList();
                assertEquals(all.size() + related, lines.size());
                for (String line : lines) {
                    assertTrue(line.matches("[^:]+:\\d+:\\d+: (error|warning|note): .*"), line);
                }
                assertEquals(all.size(), lines.stream().filter(l -> l.matches(".* \\[XC\\d{3}]$")).count());
            }
            case CONCISE -> {
                List<String> lines = out.lines().toList();
                assertEquals(all.size() + 1, lines.size());
                for (int i = 0; i < all.size(); i++) {
                    assertTrue(lines.get(i).endsWith(": " + all.get(i).severity().id() + "[" + all.get(i).code() + "]: "
                            + all.get(i).message()), lines.get(i));
                }
            }
        }
    }

    static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * What an approval file pins. SARIF's rule table (every rule's document, which other work edits) is
     * checked by {@link SarifReporterTest} instead, and so is each {@code ruleIndex} (it moves when a rule
     * is added); the working directory and the version differ between machines and builds.
     */
    static String normalise(ReportFormat format, String out) throws Exception {
        String root = ReportFixtures.ROOT.toUri().toASCIIString();
        if (format != ReportFormat.SARIF) {
            return out;
        }
        JsonNode log = JSON.readTree(out);
        ObjectNode run = (ObjectNode) log.get("runs").get(0);
        ObjectNode driver = (ObjectNode) run.get("tool").get("driver");
        driver.put("version", "VERSION").put("semanticVersion", "VERSION");
        driver.putArray("rules").add("(the rule table: see SarifReporterTest)");
        ((ObjectNode) run.get("originalUriBaseIds").get(SarifReporter.SRCROOT)).put("uri",
                run.get("originalUriBaseIds").get(SarifReporter.SRCROOT).get("uri").asText().replace(root, "file:///SRCROOT/"));
        for (JsonNode result : run.get("results")) {
            ((ObjectNode) result).remove("ruleIndex");
        }
        return JSON.writer(JsonOut.prettyPrinter()).writeValueAsString(log) + "\n";
    }
}
