package dev.xenlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * SARIF reports pass Microsoft's SARIF validator ({@code sarif-multitool validate}, npm
 * {@code @microsoft/sarif-multitool}) with no error and no warning, for a run with findings (the test
 * data), one with none, one with fixes and one with related places in the same and another file.
 * The only finding allowed is SARIF2005's hint that the tool has no {@code informationUri} (xenlint
 * has no public address yet).
 *
 * <p>{@code .ci/run} installs the validator and passes its path in {@code SARIF_MULTITOOL}; without
 * it the test looks on the {@code PATH}. Where it is missing the test is skipped, except in CI
 * ({@code CI=true}), where it fails.
 */
class SarifValidationTest {

    @Test
    void reportsPassTheSarifValidator() throws Exception {
        String tool = findValidator();
        Path dir = Path.of("target", "sarif-validation");
        Files.createDirectories(dir);
        List<String> args = new ArrayList<>(List.of(tool, "validate", "--log", "ForceOverwrite",
                "--output", dir.resolve("validation.sarif").toString()));
        ReportFormatTest.cases().forEach((name, files) -> {
            Path report = dir.resolve(name + ".sarif");
            try {
                Files.writeString(report, ReportFixtures.render(ReportFormat.SARIF::create, files.get()),
                        StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            args.add(report.toString());
        });
        Process p = new ProcessBuilder(args).redirectErrorStream(true)
                .redirectOutput(dir.resolve("validator-console.txt").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the validator did not finish within 5 minutes");
        String console = Files.readString(dir.resolve("validator-console.txt"));
        assertEquals(0, p.exitValue(), "sarif-multitool failed:\n" + console);

        JsonNode log = new ObjectMapper().readTree(dir.resolve("validation.sarif").toFile());
        List<String> problems = new ArrayList<>();
        int files = 0;
        for (JsonNode run : log.get("runs")) {
            files += run.path("artifacts").size();
            for (JsonNode result : run.path("results")) {
                String level = result.path("level").asText("warning");
                String rule = result.path("ruleId").asText();
                // the log gives a message id and arguments, not text; Microsoft's id is spelt
                // "Warning_ProvideToolnformationUri", hence the search for "nformationuri"
                String message = result.path("message").path("id").asText() + " " + result.path("message").path("text").asText();
                boolean informationUriHint = rule.equals("SARIF2005")
                        && message.toLowerCase(java.util.Locale.ROOT).contains("nformationuri");
                if ((level.equals("error") || level.equals("warning")) && !informationUriHint) {
                    problems.add(level + " " + rule + ": " + result.toString());
                }
            }
            for (JsonNode invocation : run.path("invocations")) {
                for (JsonNode n : invocation.path("toolExecutionNotifications")) {
                    problems.add("validator notification: " + n);
                }
                for (JsonNode n : invocation.path("toolConfigurationNotifications")) {
                    if (n.path("level").asText("warning").matches("error|warning")) {
                        problems.add("validator configuration notification: " + n);
                    }
                }
            }
        }
        assertEquals(List.of(), problems, "validator console:\n" + console);
        assertTrue(console.contains(ReportFormatTest.cases().size() + " files scanned") || files > 0,
                "the validator read the reports:\n" + console);
    }

    /** The validator's path, or a skip (a failure under CI=true) when it is not installed. */
    static String findValidator() {
        String configured = System.getenv("SARIF_MULTITOOL");
        if (configured != null && !configured.isBlank()) {
            if (!new File(configured).canExecute()) {
                fail("SARIF_MULTITOOL=" + configured + " is not an executable file");
            }
            return configured;
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            File candidate = new File(dir, "sarif-multitool");
            if (candidate.canExecute()) {
                return candidate.getPath();
            }
        }
        String message = "sarif-multitool is not installed (npm install @microsoft/sarif-multitool, or run .ci/run, "
                + "which installs it and sets SARIF_MULTITOOL)";
        if ("true".equals(System.getenv("CI"))) {
            fail(message + "; CI must validate the SARIF reports");
        }
        Assumptions.abort(message + "; skipping the SARIF validation");
        return null;
    }
}
