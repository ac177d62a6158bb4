package dev.xenlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.xenlint.analysis.Rules;
import dev.xenlint.engine.FileReport;
import dev.xenlint.engine.Reporter;
import dev.xenlint.engine.RunSummary;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Edit;
import dev.xenlint.lint.Fix;
import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.GuestType;
import dev.xenlint.text.Position;
import dev.xenlint.text.SourceText;
import dev.xenlint.text.TextRange;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --format sarif}: a SARIF 2.1.0 log with one run, as GitHub code scanning and other
 * static-analysis dashboards read it.
 *
 * <ul>
 * <li>{@code tool.driver}: name, version and the whole rule table (id = code, name, descriptions and
 *     help from the rule's document, default level, dialects, guest types and fixability);</li>
 * <li>one result per finding with {@code ruleId}, {@code ruleIndex}, {@code level}, a location whose
 *     {@code artifactLocation} is relative to {@code %SRCROOT%} (the working directory, given in
 *     {@code originalUriBaseIds}) when the file lies below it, a region in 1-based lines and UTF-16
 *     columns ({@code columnKind} {@code utf16CodeUnits}), related locations in the same or another
 *     file, {@code partialFingerprints} (see {@link Fingerprints}), and {@code fixes} with the
 *     fix's replacements;</li>
 * <li>{@code invocations}: whether the run completed, with an error notification for each input that
 *     could not be read and for each other run-level problem.</li>
 * </ul>
 * The log is written by {@link #finish}.
 */
public final class SarifReporter implements Reporter {

    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String SRCROOT = "%SRCROOT%";
    /** The key of xenlint's fingerprint in {@code partialFingerprints}; the suffix is its version. */
    public static final String FINGERPRINT = "xenlint/v1";

    private final PrintWriter out;
    private final Path root;
    private final String version;
    private final List<FileReport> files = new ArrayList<>();

    /**
     * @param root    the directory artifact locations are relative to (the working directory)
     * @param version xenlint's version
     */
    public SarifReporter(PrintWriter out, Path root, String version) {
        this.out = out;
        this.root = root.toAbsolutePath().normalize();
        this.version = version;
    }

    @Override
    public void file(FileReport file) {
        files.add(file);
    }

    @Override
    public void finish(RunSummary summary) {
        try {
            write(summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    private void write(RunSummary summary) throws IOException {
        List<RuleInfo> rules = ruleTable();
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).code(), i);
        }
        JsonGenerator json = JsonOut.create(out);
        json.writeStartObject();
        json.writeStringField("$schema", SCHEMA);
        json.writeStringField("version", "2.1.0");
        json.writeArrayFieldStart("runs");
        json.writeStartObject();

        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "xenlint");
        json.writeStringField("fullName", "xenlint, a linter for Xen domain configuration files");
        json.writeStringField("version", version);
        json.writeStringField("semanticVersion", version);
        json.writeArrayFieldStart("rules");
        for (RuleInfo info : rules) {
            rule(json, info);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();

        List<String[]> notifications = notifications(summary);
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", notifications.isEmpty());
        json.writeArrayFieldStart("toolExecutionNotifications");
        for (String[] n : notifications) {
            json.writeStartObject();
            json.writeStringField("level", "error");
            message(json, n[1]);
            if (n[0] != null) {
                json.writeArrayFieldStart("locations");
                json.writeStartObject();
                json.writeObjectFieldStart("physicalLocation");
                artifactLocation(json, n[0], null);
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();

        json.writeObjectFieldStart("originalUriBaseIds");
        json.writeObjectFieldStart(SRCROOT);
        String rootUri = root.toUri().toASCIIString();
        json.writeStringField("uri", rootUri.endsWith("/") ? rootUri : rootUri + "/");
        json.writeEndObject();
        json.writeEndObject();

        json.writeArrayFieldStart("results");
        for (FileReport file : files) {
            if (!file.readable()) {
                continue;
            }
            List<String> fingerprints = Fingerprints.of(file.source(), file.diagnostics(), "");
            for (int i = 0; i < file.diagnostics().size(); i++) {
                result(json, file, file.diagnostics().get(i), ruleIndex, fingerprints.get(i));
            }
        }
        json.writeEndArray();
        json.writeStringField("columnKind", "utf16CodeUnits");
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }

    /** Every rule, in code order, plus any code a finding carries that the table lacks. */
    private List<RuleInfo> ruleTable() {
        List<RuleInfo> rules = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Rule r : Rules.all()) {
            rules.add(r.info());
            codes.add(r.code());
        }
        for (FileReport f : files) {
            for (Diagnostic d : f.diagnostics()) {
                if (codes.add(d.code())) {
                    rules.add(RuleInfo.of(d.code(), d.rule(), d.severity(), RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                            RuleInfo.Fixability.NONE));
                }
            }
        }
        return rules;
    }

    private static void rule(JsonGenerator json, RuleInfo info) throws IOException {
        RuleDescription text = RuleDescription.of(info);
        json.writeStartObject();
        json.writeStringField("id", info.code());
        json.writeStringField("name", info.name());
        json.writeObjectFieldStart("shortDescription");
        json.writeStringField("text", text.summary());
        json.writeEndObject();
        json.writeObjectFieldStart("fullDescription");
        json.writeStringField("text", text.description());
        json.writeEndObject();
        json.writeObjectFieldStart("help");
        json.writeStringField("text", text.helpText());
        json.writeStringField("markdown", text.helpMarkdown());
        json.writeEndObject();
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", level(info.severity()));
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeArrayFieldStart("dialects");
        for (Dialect d : Dialect.values()) {
            if (info.dialects().contains(d)) {
                json.writeString(d.id());
            }
        }
        json.writeEndArray();
        json.writeArrayFieldStart("guestTypes");
        for (GuestType g : GuestType.values()) {
            if (info.guests().contains(g)) {
                json.writeString(g.id());
            }
        }
        json.writeEndArray();
        json.writeStringField("fixable", info.fixable().id());
        json.writeStringField("since", info.since());
        json.writeEndObject();
        json.writeEndObject();
    }

    private void result(JsonGenerator json, FileReport file, Diagnostic d, Map<String, Integer> ruleIndex,
                        String fingerprint) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", d.code());
        json.writeNumberField("ruleIndex", ruleIndex.get(d.code()));
        json.writeStringField("level", level(d.severity()));
        message(json, d.message());
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        physicalLocation(json, file.displayPath(), file.path(), file.source(), d.range());
        json.writeEndObject();
        json.writeEndArray();
        if (!d.related().isEmpty()) {
            json.writeArrayFieldStart("relatedLocations");
            int id = 1;
            for (RelatedLocation r : d.related()) {
                json.writeStartObject();
                json.writeNumberField("id", id++);
                if (r.inSameFile()) {
                    physicalLocation(json, file.displayPath(), file.path(), file.source(), r.range());
                } else {
                    physicalLocation(json, r.file().displayPath(), null, r.file().source(), r.range());
                }
                message(json, r.message());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(FINGERPRINT, fingerprint);
        json.writeEndObject();
        Fix made = d.fix(); // asked once: a finding may make its fix on each call
        if (made != null) {
            fix(json, file, made);
        }
        json.writeEndObject();
    }

    private void fix(JsonGenerator json, FileReport file, Fix fix) throws IOException {
        json.writeArrayFieldStart("fixes");
        json.writeStartObject();
        message(json, "description", fix.description());
        json.writeArrayFieldStart("artifactChanges");
        json.writeStartObject();
        artifactLocation(json, file.displayPath(), file.path());
        json.writeArrayFieldStart("replacements");
        for (Edit e : fix.edits()) {
            if (e.dropsBom() && file.source().hasBom()) {
                // text regions do not count the byte order mark (SARIF 2.1.0, 3.30.2), so only a binary region
                // names it: its three bytes, deleted, nothing inserted
                json.writeStartObject();
                json.writeObjectFieldStart("deletedRegion");
                json.writeNumberField("byteOffset", 0);
                json.writeNumberField("byteLength", 3);
                json.writeEndObject();
                json.writeEndObject();
            }
            if (e.dropsBom() && e.range().isEmpty() && e.replacement().isEmpty()) {
                continue; // an empty text replacement would change nothing
            }
            json.writeStartObject();
            json.writeFieldName("deletedRegion");
            region(json, file.source(), e.range());
            json.writeObjectFieldStart("insertedContent");
            json.writeStringField("text", e.replacement());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectFieldStart("properties");
        json.writeStringField("applicability", fix.applicability() == Fix.Applicability.SAFE ? "safe" : "unsafe");
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
    }

    private void physicalLocation(JsonGenerator json, String displayPath, Path path, SourceText source, TextRange range)
            throws IOException {
        json.writeObjectFieldStart("physicalLocation");
        artifactLocation(json, displayPath, path);
        json.writeFieldName("region");
        region(json, source, range);
        json.writeEndObject();
    }

    private void artifactLocation(JsonGenerator json, String displayPath, Path path) throws IOException {
        if (!displayPath.equals(locationOf) || !java.util.Objects.equals(path, locationPath)) {
            locationOf = displayPath;
            locationPath = path;
            String relative = ReportPaths.relative(root, displayPath, path);
            if (relative != null) {
                locationUri = encode(relative);
                locationBase = SRCROOT;
            } else if (path != null || Path.of(displayPath.startsWith("<") ? "." : displayPath).isAbsolute()) {
                Path p = path != null ? path : Path.of(displayPath);
                locationUri = p.toAbsolutePath().normalize().toUri().toASCIIString();
                locationBase = null;
            } else {
                // standard input without a --stdin-filename: a name, not a path
                locationUri = encode(displayPath);
                locationBase = SRCROOT;
            }
        }
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", locationUri);
        if (locationBase != null) {
            json.writeStringField("uriBaseId", locationBase);
        }
        json.writeEndObject();
    }

    /**
     * The file of the last artifact location and its {@code uri} and {@code uriBaseId} (or null): every
     * finding of a file names it, and working it out (a relative path, %-encoded) took a twentieth of a
     * SARIF report of 262,000 findings (issue 9).
     */
    private String locationOf;
    private Path locationPath;
    private String locationUri;
    private String locationBase;

    private static void region(JsonGenerator json, SourceText source, TextRange range) throws IOException {
        Position start = source.position(range.start());
        Position end = source.position(range.end());
        json.writeStartObject();
        json.writeNumberField("startLine", start.line());
        json.writeNumberField("startColumn", start.column());
        json.writeNumberField("endLine", end.line());
        json.writeNumberField("endColumn", end.column());
        json.writeEndObject();
    }

    private static void message(JsonGenerator json, String text) throws IOException {
        message(json, "message", text);
    }

    private static void message(JsonGenerator json, String field, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    /** [display path or null, message] for each unreadable input and each other run-level problem. */
    private List<String[]> notifications(RunSummary summary) {
        List<String[]> out = new ArrayList<>();
        Set<String> fileErrors = new HashSet<>();
        for (FileReport f : files) {
            if (!f.readable()) {
                out.add(new String[] {f.displayPath(), f.error()});
                fileErrors.add(f.error());
            }
        }
        for (String problem : summary.problems()) {
            if (!fileErrors.contains(problem)) {
                out.add(new String[] {null, problem});
            }
        }
        return out;
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative path as a URI reference: each byte outside the unreserved set and {@code /} is %-encoded. */
    static String encode(String relative) {
        StringBuilder sb = new StringBuilder();
        for (byte b : relative.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_' || c == '~' || c == '/') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }
}
