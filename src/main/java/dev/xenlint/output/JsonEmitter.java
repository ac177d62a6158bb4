package dev.xenlint.output;

import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Edit;
import dev.xenlint.lint.Fix;
import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.text.Position;
import dev.xenlint.text.SourceText;
import dev.xenlint.text.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Diagnostics as a JSON array for machines. Lines and columns are 1-based;
 * columns count UTF-16 code units, as LSP and SARIF do.
 */
public final class JsonEmitter {

    private final List<Object> items = new ArrayList<>();

    public void add(String path, SourceText source, Diagnostic d) {
        items.add(item(path, source, d));
    }

    /** One finding as the object {@link #render} lists. */
    public static Map<String, Object> item(String path, SourceText source, Diagnostic d) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("path", path);
        span(item, source, d.range());
        item.put("code", d.code());
        item.put("rule", d.rule());
        item.put("severity", d.severity().id());
        item.put("message", d.message());
        List<Object> related = new ArrayList<>();
        for (RelatedLocation r : d.related()) {
            Map<String, Object> rel = new LinkedHashMap<>();
            if (!r.inSameFile()) {
                rel.put("path", r.file().displayPath());
            }
            span(rel, r.inSameFile() ? source : r.file().source(), r.range());
            rel.put("message", r.message());
            related.add(rel);
        }
        item.put("related", related);
        Fix made = d.fix(); // asked once: a finding may make its fix on each call
        if (made == null) {
            item.put("fix", null);
        } else {
            Map<String, Object> fix = new LinkedHashMap<>();
            fix.put("description", made.description());
            fix.put("applicability", made.applicability().name().toLowerCase(java.util.Locale.ROOT));
            List<Object> edits = new ArrayList<>();
            for (Edit e : made.edits()) {
                if (e.dropsBom() && source.hasBom()) {
                    // positions start after the byte order mark, so its removal is given in bytes
                    Map<String, Object> bom = new LinkedHashMap<>();
                    bom.put("byteOffset", 0);
                    bom.put("byteLength", 3);
                    bom.put("replacement", "");
                    edits.add(bom);
                }
                if (e.dropsBom() && e.range().isEmpty() && e.replacement().isEmpty()) {
                    continue; // an empty edit at 1:1 would change nothing
                }
                Map<String, Object> edit = new LinkedHashMap<>();
                span(edit, source, e.range());
                edit.put("replacement", e.replacement());
                edits.add(edit);
            }
            fix.put("edits", edits);
            item.put("fix", fix);
        }
        return item;
    }

    /** Puts line, column, endLine and endColumn (1-based, UTF-16 columns) of a range. */
    private static void span(Map<String, Object> out, SourceText source, TextRange range) {
        Position start = source.position(range.start());
        Position end = source.position(range.end());
        out.put("line", start.line());
        out.put("column", start.column());
        out.put("endLine", end.line());
        out.put("endColumn", end.column());
    }

    public String render() {
        return Json.pretty(items);
    }
}
