package dev.xenlint.report;

import dev.xenlint.engine.FileReport;
import dev.xenlint.engine.Reporter;
import dev.xenlint.engine.RunSummary;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.text.Position;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * {@code --format github}: GitHub Actions workflow commands, which the runner turns into annotations
 * on the pull request: {@code ::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message}.
 * Paths are relative to the working directory (the workspace, in a workflow). A file that could not
 * be read is annotated without a line.
 */
public final class GithubReporter implements Reporter {

    private final PrintWriter out;
    private final Path root;

    public GithubReporter(PrintWriter out, Path root) {
        this.out = out;
        this.root = root;
    }

    @Override
    public void file(FileReport file) {
        String path = ReportPaths.shown(root, file.displayPath(), file.path());
        if (!file.readable()) {
            out.print("::error file=" + property(path) + ",title=" + property("xenlint") + "::" + data(file.error())
                    + TextReporter.NEWLINE);
            return;
        }
        String fileProperty = property(path); // the same for each finding
        for (Diagnostic d : file.diagnostics()) {
            Position start = file.source().position(d.range().start());
            Position end = file.source().position(d.range().end());
            String command = switch (d.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            out.print("::" + command + " file=" + fileProperty + ",line=" + start.line() + ",col=" + start.column()
                    + ",endLine=" + end.line() + ",endColumn=" + end.column()
                    + ",title=" + property("xenlint " + d.code() + " (" + d.rule() + ")") + "::" + data(d.message())
                    + TextReporter.NEWLINE); // not println, which flushes: one write per finding
        }
    }

    @Override
    public void finish(RunSummary summary) {
        out.flush();
    }

    /** A command's message: {@code %}, CR and LF are escaped, as the runner unescapes them. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: as {@link #data}, and also {@code :} and {@code ,}, which end a property. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
