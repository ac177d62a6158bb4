package dev.xenlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.xenlint.engine.FileReport;
import dev.xenlint.engine.Reporter;
import dev.xenlint.engine.RunSummary;
import dev.xenlint.lint.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code --format gitlab}: GitLab's Code Quality report (a JSON array of issues in the Code Climate
 * shape), shown in merge requests. Each issue has {@code description}, {@code check_name} (the rule's
 * code), a {@code fingerprint} unique in the report and stable across unrelated edits (see
 * {@link Fingerprints}; the path is part of it), {@code severity} ({@code major} for errors,
 * {@code minor} for warnings, {@code info}), and {@code location.path} relative to the working
 * directory (the project root in a GitLab job) with {@code lines.begin} and {@code lines.end}.
 * Files that could not be read have no place in this format; they are reported on standard error.
 */
public final class GitlabReporter implements Reporter {

    private final PrintWriter out;
    private final Path root;
    private final JsonGenerator json;

    public GitlabReporter(PrintWriter out, Path root) {
        this.out = out;
        this.root = root;
        this.json = JsonOut.create(out);
        try {
            json.writeStartArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void file(FileReport file) {
        if (!file.readable()) {
            return;
        }
        String path = ReportPaths.shown(root, file.displayPath(), file.path());
        List<String> fingerprints = Fingerprints.of(file.source(), file.diagnostics(), path);
        try {
            for (int i = 0; i < file.diagnostics().size(); i++) {
                Diagnostic d = file.diagnostics().get(i);
                json.writeStartObject();
                json.writeStringField("type", "issue");
                json.writeStringField("check_name", d.code());
                json.writeStringField("description", d.rule() + ": " + d.message());
                json.writeArrayFieldStart("categories");
                json.writeString("Bug Risk");
                json.writeEndArray();
                json.writeStringField("fingerprint", fingerprints.get(i));
                json.writeStringField("severity", switch (d.severity()) {
                    case ERROR -> "major";
                    case WARNING -> "minor";
                    case INFO -> "info";
                });
                json.writeObjectFieldStart("location");
                json.writeStringField("path", path);
                json.writeObjectFieldStart("lines");
                json.writeNumberField("begin", file.source().position(d.range().start()).line());
                json.writeNumberField("end", file.source().position(d.range().end()).line());
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish(RunSummary summary) {
        try {
            json.writeEndArray();
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }
}
