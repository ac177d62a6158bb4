package dev.xenlint.lsp.services;

import dev.xenlint.analysis.Rules;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.lint.RuleDocs;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;

/**
 * xenlint's findings as LSP diagnostics: the same findings, ranges and messages as {@code check}
 * prints for the same text, with source {@code xenlint}, the rule code (and a link to its document),
 * severity, and the related places, in this file or in others.
 */
public final class DiagnosticsService {

    public static final String SOURCE = "xenlint";

    private final java.util.Map<String, String> documentUris = new java.util.concurrent.ConcurrentHashMap<>();

    public List<org.eclipse.lsp4j.Diagnostic> diagnostics(AnalyzedDocument doc) {
        List<org.eclipse.lsp4j.Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : doc.analysis().diagnostics()) {
            out.add(toLsp(doc, d));
        }
        return out;
    }

    public org.eclipse.lsp4j.Diagnostic toLsp(AnalyzedDocument doc, Diagnostic d) {
        PositionMapper pos = doc.positions();
        org.eclipse.lsp4j.Diagnostic out = new org.eclipse.lsp4j.Diagnostic(pos.range(d.range()), d.message());
        out.setSource(SOURCE);
        out.setCode(d.code());
        out.setSeverity(switch (d.severity()) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        });
        String href = documentUri(d.code());
        if (!href.isEmpty()) {
            out.setCodeDescription(new DiagnosticCodeDescription(href));
        }
        if (!d.related().isEmpty()) {
            List<DiagnosticRelatedInformation> related = new ArrayList<>();
            for (RelatedLocation r : d.related()) {
                related.add(related(doc, r));
            }
            out.setRelatedInformation(related);
        }
        return out;
    }

    private static DiagnosticRelatedInformation related(AnalyzedDocument doc, RelatedLocation r) {
        if (r.inSameFile()) {
            return new DiagnosticRelatedInformation(new Location(doc.uri(), doc.positions().range(r.range())),
                    r.message());
        }
        PositionMapper other = new PositionMapper(r.file().source(), doc.positions().encoding());
        return new DiagnosticRelatedInformation(new Location(uriOf(doc, r.file().displayPath()),
                other.range(r.range())), r.message());
    }

    /** A file named in a related location, as a URI: relative names are taken from this document's folder. */
    static String uriOf(AnalyzedDocument doc, String displayPath) {
        Path p = Path.of(displayPath);
        if (!p.isAbsolute() && doc.document().path() != null && doc.document().path().getParent() != null) {
            p = doc.document().path().getParent().resolve(p).normalize();
        }
        return p.toAbsolutePath().toUri().toString();
    }

    /** Where the rule's document is (inside the xenlint jar or classes folder), or null. */
    private String documentUri(String code) {
        return documentUris.computeIfAbsent(code, c -> {
            var rule = Rules.find(c);
            URL url = rule == null ? null
                    : RuleDocs.class.getResource("/dev/xenlint/rules/" + RuleDocs.fileName(rule.info()));
            return url == null ? "" : url.toString();
        });
    }
}
