package dev.xenlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.StartupPathTest;
import dev.xenlint.analysis.Rules;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checking the example of every rule's document links no lambda, method reference or stream (see
 * {@link StartupPathTest}): the examples reach each rule's reporting path, which the test data alone does
 * not (a file with a missing comma, a {@code cpuid} or a {@code vusb} took the lambda machinery's cost once
 * per run). The examples are checked as their fences say, one run per dialect and Xen release.
 */
class RuleExamplesStartupPathTest {

    @Test
    void checkingEveryRuleExampleLinksNoLambda(@TempDir Path tmp) throws IOException, InterruptedException {
        Map<String, List<String>> byOptions = new LinkedHashMap<>();
        int count = 0;
        for (Rule rule : Rules.all()) {
            Path doc = RuleDocumentTest.RULES.resolve(RuleDocs.fileName(rule.info()));
            if (!Files.exists(doc) || rule instanceof dev.xenlint.lint.CrossFileRule) {
                continue; // RuleDocumentTest says so; a fleet rule's examples are of several files
            }
            for (RuleDocumentTest.Example e : RuleDocumentTest.examples(Files.readString(doc, StandardCharsets.UTF_8))) {
                String options = (e.dialect() == null ? "" : "--dialect=" + e.dialect().id())
                        + (e.xen() == null ? "" : " --xen-version=" + e.xen());
                Path dir = tmp.resolve("group-" + Integer.toHexString(options.hashCode()));
                Files.createDirectories(dir);
                Path file = dir.resolve(doc.getFileName().toString().replace(".md", "") + "-" + count++ + ".cfg");
                Files.writeString(file, RuleDocumentTest.withoutMarkers(e.text()), StandardCharsets.UTF_8);
                byOptions.computeIfAbsent(options, k -> new ArrayList<>()).add(file.toString());
            }
        }
        assertTrue(count > 150, count + " examples");
        TreeSet<String> lambdas = new TreeSet<>();
        int run = 0;
        for (var group : byOptions.entrySet()) {
            List<String> args = new ArrayList<>(List.of("check", "--exit-zero", "--color", "never"));
            for (String o : group.getKey().split(" ")) {
                if (!o.isEmpty()) {
                    args.add(o);
                }
            }
            args.addAll(group.getValue());
            Path logs = Files.createDirectories(tmp.resolve("run-" + run++));
            for (String line : StartupPathTest.lambdasLoaded(logs, args, 0)) {
                lambdas.add(line.replaceAll("\\$\\$Lambda\\$\\d+/0x[0-9a-f]+", "\\$\\$Lambda"));
            }
        }
        assertEquals(List.of(), new ArrayList<>(lambdas), "classes of lambdas loaded checking the rules' examples");
    }
}
