package dev.xenlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.bench.Corpus;
import dev.xenlint.fleet.FleetCheck;
import dev.xenlint.report.DiffReporter;
import dev.xenlint.report.JsonReporter;
import dev.xenlint.report.TextReporter;
import dev.xenlint.workspace.Workspace;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run reports does not depend on how many files are analysed at once. */
class ParallelCheckTest {

    @Test
    void outputIsByteIdenticalOnOneThreadAndOnMany(@TempDir Path dir) throws Exception {
        List<String> paths = new ArrayList<>();
        for (Corpus.Entry e : Corpus.generate(42, 400)) {
            Path file = dir.resolve(e.name());
            Files.writeString(file, e.text());
            paths.add(file.toString());
        }
        // a file xenlint cannot read and one it cannot parse, among the others
        paths.add(150, dir.resolve("missing.cfg").toString());
        Files.writeString(dir.resolve("broken.cfg"), "name = 'broken'\nmemory = [\n");
        paths.add(300, dir.resolve("broken.cfg").toString());

        for (boolean fleet : new boolean[] {true, false}) {
            CheckRequest request = CheckRequest.defaults()
                    .withCrossFileChecks(fleet ? List.of(new FleetCheck()) : List.of());
            assertSame(paths, request, out -> new TextReporter(out, false, false));
            assertSame(paths, request, JsonReporter::new);
        }
        assertSame(paths, CheckRequest.defaults().withFix(CheckRequest.FixMode.DIFF, true)
                .withCrossFileChecks(List.of(new FleetCheck())), DiffReporter::new);
    }

    private static void assertSame(List<String> paths, CheckRequest request, Function<PrintWriter, Reporter> reporter) {
        String one = run(paths, request.withThreads(1), reporter);
        String many = run(paths, request.withThreads(4), reporter);
        assertTrue(one.length() > 10_000, one);
        assertEquals(one, many);
    }

    private static String run(List<String> paths, CheckRequest request, Function<PrintWriter, Reporter> reporter) {
        if (!request.crossFileChecks().isEmpty()) {
            request = request.withCrossFileChecks(List.of(new FleetCheck())); // a fresh one per run
        }
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        RunSummary summary = new Session(Workspace.at(Path.of(""))).check(paths, request, reporter.apply(out));
        out.flush();
        return text + "\n" + summary;
    }
}
