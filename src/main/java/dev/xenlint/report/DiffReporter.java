package dev.xenlint.report;

import dev.xenlint.engine.FileReport;
import dev.xenlint.engine.Reporter;
import dev.xenlint.engine.RunSummary;
import dev.xenlint.fix.UnifiedDiff;
import dev.xenlint.output.Utf8Writer;
import dev.xenlint.text.SourceText;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** What {@code --fix} would change, as a unified diff per file ({@code --diff}); findings are not shown. */
public final class DiffReporter implements Reporter {

    private final PrintWriter out;

    public DiffReporter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void file(FileReport file) {
        FileReport.Fixes f = file.fixes();
        if (f != null && f.changed()) {
            print(out, f.original(), f.fixed(), file.displayPath());
        }
    }

    /**
     * Prints the diff of a file from {@code before} (as read) to {@code after} (as {@code --fix} or
     * {@code format} would write it), both encoded as written: the file's charset, line ends and byte
     * order mark come out byte for byte, so that {@code patch} applied to the file writes what xenlint
     * would. {@code check --diff} and {@code format --diff} both print this way. The bytes go to the
     * stream under a {@link Utf8Writer} as they are; another writer (a test's) takes them decoded as
     * UTF-8, which is exact only for a UTF-8 file.
     */
    public static void print(PrintWriter out, SourceText before, SourceText after, String name) {
        byte[] diff = UnifiedDiff.of(before, after, name, name);
        if (out instanceof Utf8Writer bytes) {
            bytes.writeBytes(diff, 0, diff.length);
        } else {
            out.write(new String(diff, StandardCharsets.UTF_8));
        }
    }

    @Override
    public void finish(RunSummary summary) {
        out.flush();
    }
}
