package dev.xenlint.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.analysis.Analysis;
import dev.xenlint.analysis.LintOptions;
import dev.xenlint.analysis.Linter;
import dev.xenlint.engine.FileReport;
import dev.xenlint.engine.Reporter;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Dialect;
import dev.xenlint.output.Utf8Writer;
import dev.xenlint.text.SourceText;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Reporters that hand UTF-8 bytes to the command line's writer ({@link Utf8Writer}) write what they
 * write through any other writer in UTF-8, byte for byte, with whatever else goes to the same writer
 * (the summary, GitHub annotations after the text) in its place.
 */
class Utf8ReportTest {

    private static FileReport inMemory(String name, String text) {
        Analysis a = Linter.analyze(SourceText.of(name, text), LintOptions.dialect(Dialect.XL));
        return new FileReport(name, Path.of(name), a.source(), a.diagnostics(), null);
    }

    private static List<FileReport> files() {
        List<FileReport> files = new ArrayList<>(ReportFixtures.testdata());
        files.addAll(ReportFixtures.fixes());
        files.addAll(ReportFixtures.acrossFiles());
        String longLine = "k=1;\u201cq\u201d;\tx\u4e2d=1;\ud83d\ude00;memroy=1; ".repeat(40);
        files.add(inMemory("caf\u00e9/\u4e2d.cfg", "name = \u201cguest\u201d\nmemroy = 512\n\tvcpus = \"\ud83d\ude00\"\n"
                + longLine + "\n" + "k=1;".repeat(100) + "\u00e9\n"));
        return files;
    }

    private static byte[] render(Function<PrintWriter, Reporter> make, List<FileReport> files, boolean bytes) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintWriter out = bytes ? Utf8Writer.utf8(sink, true) : new PrintWriter(sink, true, StandardCharsets.UTF_8);
        Reporter r = make.apply(out);
        files.forEach(r::file);
        r.finish(ReportFixtures.summary(files, Severity.WARNING));
        out.flush();
        return sink.toByteArray();
    }

    @Test
    void everyFormatWritesTheSameBytesThroughAWriterThatTakesBytes() {
        Path root = ReportFixtures.ROOT;
        Map<String, Function<PrintWriter, Reporter>> formats = new LinkedHashMap<>();
        formats.put("text", out -> new TextReporter(out, false, false));
        formats.put("text, colour", out -> new TextReporter(out, true, true));
        formats.put("text and annotations", out -> new TeeReporter(new TextReporter(out, false, false),
                new GithubReporter(out, root)));
        formats.put("json", JsonReporter::new);
        formats.put("statistics", out -> new StatisticsReporter(out, true, false));
        for (ReportFormat f : ReportFormat.values()) {
            formats.put(f.id(), out -> f.create(out, root));
        }
        List<FileReport> files = files();
        for (Map.Entry<String, Function<PrintWriter, Reporter>> e : formats.entrySet()) {
            byte[] expected = render(e.getValue(), files, false);
            assertTrue(expected.length > 100, e.getKey() + " wrote something");
            assertArrayEquals(expected, render(e.getValue(), files, true), e.getKey());
        }
    }
}
