package dev.xenlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xenlint.CliRunner;
import dev.xenlint.report.ReportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format NAME}, {@code --output FILE} and the annotations under GitHub Actions. */
class ReportOptionsTest {

    @AfterEach
    void restoreEnvironment() {
        CheckCommand.environment = System::getenv;
    }

    @Test
    void everyFormatIsAcceptedAndKeepsTheExitStatus() {
        for (ReportFormat f : ReportFormat.values()) {
            CliRunner broken = CliRunner.run("check", "--format", f.id(), "testdata/broken/unclosed-list.cfg");
            assertEquals(1, broken.exit(), f.id() + ": " + broken.out() + broken.err());
            assertTrue(broken.out().contains("XC001"), f.id() + ": " + broken.out());
            CliRunner clean = CliRunner.run("check", "--format", f.id(), "testdata/xl/pvh-minimal.cfg");
            assertEquals(0, clean.exit(), f.id() + ": " + clean.out() + clean.err());
        }
    }

    @Test
    void sarifFromTheCommandLineIsRelativeToTheWorkingDirectory() throws Exception {
        CliRunner r = CliRunner.run("check", "--format", "sarif", "testdata/broken/unclosed-list.cfg");
        JsonNode run = new ObjectMapper().readTree(r.out()).get("runs").get(0);
        assertEquals(Path.of("").toAbsolutePath().toUri().toASCIIString(),
                run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText());
        assertEquals("testdata/broken/unclosed-list.cfg", run.get("results").get(0).get("locations").get(0)
                .get("physicalLocation").get("artifactLocation").get("uri").asText());
    }

    @Test
    void picocliSaysNothingOfItsOwnOnStandardError() {
        // picocli's own warnings go to System.err, past the command's err stream: setting the options' initial
        // values once failed (a null `--output` given to the code that reads `-`) and warned on every run
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream stray = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(stray, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            CliRunner.run("check", "testdata/xm/xen3-manual-hvm.cfg");
            CliRunner.run("convert", "--to", "xl", "testdata/xm/xen3-manual-hvm.cfg");
            CliRunner.run("format", "--check", "testdata/xm/xen3-manual-hvm.cfg");
            CliRunner.run("dump", "testdata/xm/xen3-manual-hvm.cfg");
        } finally {
            System.setErr(saved);
        }
        assertEquals("", stray.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void anOutputOfDashIsStandardOutputNotAFileNamedDash() {
        // issue 9: `--output -` and convert's `-o -` wrote a file named `-` in the working directory
        CliRunner r = CliRunner.run("check", "--format", "json", "--output", "-", "testdata/broken/unclosed-list.cfg");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().startsWith("["), r.out());
        CliRunner c = CliRunner.run("convert", "--to", "xl", "-o", "-", "testdata/xm/xen3-manual-hvm.cfg");
        assertEquals(0, c.exit(), c.err());
        assertTrue(c.out().contains("type = \"hvm\""), c.out());
        assertFalse(Files.exists(Path.of("-")), "a file named - was written");
    }

    @Test
    void outputGoesToTheFileAndTheExitStatusStillCounts(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("xenlint.sarif");
        Files.writeString(report, "an old report");
        CliRunner r = CliRunner.run("check", "--format", "sarif", "--output", report.toString(),
                "testdata/broken/unclosed-list.cfg");
        assertEquals(1, r.exit(), r.err());
        assertEquals("", r.out());
        JsonNode log = new ObjectMapper().readTree(report.toFile());
        assertFalse(log.get("runs").get(0).get("results").isEmpty());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aReportIsWrittenWhenNothingIsFound(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("gl-code-quality-report.json");
        CliRunner r = CliRunner.run("check", "--format", "gitlab", "--output", report.toString(),
                "testdata/xl/pvh-minimal.cfg");
        assertEquals(0, r.exit(), r.err());
        assertEquals("[]\n", Files.readString(report));
        Path junit = dir.resolve("junit.xml");
        assertEquals(0, CliRunner.run("check", "--format", "junit", "--output", junit.toString(),
                "testdata/xl/pvh-minimal.cfg").exit());
        assertTrue(Files.readString(junit).contains("<testcase classname=\"xenlint\" name=\"testdata/xl/pvh-minimal.cfg\">"));
    }

    @Test
    void textOutputToAFileHasNoColour(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.txt");
        CliRunner r = CliRunner.run("check", "--color", "always", "--output", report.toString(),
                "testdata/broken/unclosed-list.cfg");
        assertEquals(1, r.exit());
        String text = Files.readString(report);
        assertTrue(text.startsWith("testdata/broken/unclosed-list.cfg:"), text);
        assertFalse(text.contains("\u001b["), text);
    }

    @Test
    void anUnwritableOutputIsAnError(@TempDir Path dir) {
        CliRunner r = CliRunner.run("check", "--format", "sarif", "--output",
                dir.resolve("no").resolve("such").resolve("dir.sarif").toString(), "testdata/xl/pvh-minimal.cfg");
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("dir.sarif"), r.err());
    }

    @Test
    void underGithubActionsTextOutputAlsoAnnotates() {
        CheckCommand.environment = Map.of("GITHUB_ACTIONS", "true")::get;
        CliRunner r = CliRunner.run("check", "--color", "never", "testdata/broken/unclosed-list.cfg");
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("testdata/broken/unclosed-list.cfg:3:32: error[XC001]"), r.out());
        assertTrue(r.out().contains("::error file=testdata/broken/unclosed-list.cfg,line=3,col=32,"), r.out());
        CliRunner json = CliRunner.run("check", "--format", "json", "testdata/broken/unclosed-list.cfg");
        assertFalse(json.out().contains("::error"), "only the text format gets annotations");
    }

    @Test
    void outsideGithubActionsThereAreNoAnnotations() {
        CheckCommand.environment = Map.<String, String>of()::get;
        CliRunner r = CliRunner.run("check", "--color", "never", "testdata/broken/unclosed-list.cfg");
        assertFalse(r.out().contains("::error"), r.out());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRunner r = CliRunner.run("check", "--format", "xml", "testdata/xl/pvh-minimal.cfg");
        assertEquals(2, r.exit());
    }
}
