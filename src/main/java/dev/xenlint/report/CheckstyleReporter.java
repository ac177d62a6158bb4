package dev.xenlint.report;

import dev.xenlint.engine.FileReport;
import dev.xenlint.engine.Reporter;
import dev.xenlint.engine.RunSummary;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.text.Position;
import java.io.PrintWriter;

/**
 * {@code --format checkstyle}: Checkstyle's XML report, which Jenkins' Warnings plugin, reviewdog
 * and many code-review tools read. One {@code <file>} per input that was read (also those without
 * findings, so a consumer knows they were checked), one {@code <error>} per finding with 1-based
 * line and column (UTF-16 code units), severity {@code error}, {@code warning} or {@code info}, and
 * {@code source} {@code xenlint.CODE}. An input that could not be read gets an {@code <exception>}.
 */
public final class CheckstyleReporter implements Reporter {

    private final PrintWriter out;
    private final Xml xml;

    public CheckstyleReporter(PrintWriter out) {
        this.out = out;
        this.xml = new Xml(out);
        xml.start("checkstyle").attr("version", "4.3");
    }

    @Override
    public void file(FileReport file) {
        xml.start("file").attr("name", file.displayPath());
        if (!file.readable()) {
            xml.start("exception").text(file.error()).end();
        }
        for (Diagnostic d : file.diagnostics()) {
            Position p = file.source().position(d.range().start());
            xml.empty("error").attr("line", p.line()).attr("column", p.column()).attr("severity", d.severity().id())
                    .attr("message", d.message()).attr("source", "xenlint." + d.code());
        }
        xml.end();
    }

    @Override
    public void finish(RunSummary summary) {
        xml.end();
        xml.finish();
        out.flush();
    }
}
