package dev.xenlint.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xenlint.analysis.Analysis;
import dev.xenlint.analysis.LintOptions;
import dev.xenlint.analysis.Linter;
import dev.xenlint.engine.FileReport;
import dev.xenlint.model.Dialect;
import dev.xenlint.output.Utf8Writer;
import dev.xenlint.text.SourceText;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A file's findings rendered on two threads (every other chunk on the second) are the bytes one thread
 * writes, in the same order, with and without colour, through a writer that takes bytes and one that
 * does not, and with what is written before and after in its place.
 */
class TextReportTwoThreadsTest {

    /**
     * Findings of several rules on every line, some with a note (duplicate-key), on lines of ASCII, of
     * other scripts and longer than a line is shown whole: more than three chunks' worth, and not a whole
     * number of chunks.
     */
    private static FileReport manyFindings() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 100_000; i++) {
            switch (i % 4) {
                case 0 -> text.append("k=1;k=2;memroy=").append(i).append('\n');
                case 1 -> text.append("vcpus == ").append(i).append(" # \u201cq\u201d \u4e2d\n");
                case 2 -> text.append("x=\u201cq\u201d;").append("k=3;".repeat(50)).append('\n');
                default -> text.append("disk = [ 'phy:/dev/vg/a,xvda,w' 'b' ]\n");
            }
        }
        Analysis a = Linter.analyze(SourceText.of("caf\u00e9.cfg", text.toString()), LintOptions.dialect(Dialect.XL));
        return new FileReport("caf\u00e9.cfg", Path.of("caf\u00e9.cfg"), a.source(), a.diagnostics(), null);
    }

    private static byte[] render(FileReport file, boolean color, boolean bytes, boolean twoThreads) {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintWriter out = bytes ? Utf8Writer.utf8(sink, true) : new PrintWriter(sink, true, StandardCharsets.UTF_8);
        TextReporter reporter = new TextReporter(out, color, false);
        out.print("before\n");
        reporter.file(file, twoThreads);
        out.print("after\n");
        reporter.file(file, twoThreads);
        out.flush();
        return sink.toByteArray();
    }

    @Test
    void twoThreadsWriteWhatOneWrites() {
        FileReport file = manyFindings();
        int count = file.diagnostics().size();
        assertTrue(count > 3 * TextReporter.CHUNK && count % TextReporter.CHUNK != 0, count + " findings");
        assertTrue(file.diagnostics().stream().anyMatch(d -> !d.related().isEmpty()), "no finding with a note");
        for (boolean color : new boolean[] {false, true}) {
            for (boolean bytes : new boolean[] {false, true}) {
                byte[] one = render(file, color, bytes, false);
                for (int round = 0; round < 3; round++) {
                    assertArrayEquals(one, render(file, color, bytes, true), "color " + color + ", bytes " + bytes);
                }
            }
        }
    }
}
