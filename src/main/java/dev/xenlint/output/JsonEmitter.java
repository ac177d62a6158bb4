package dev.xenlint.output;

import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.Edit;
import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.text.Position;
import dev.xenlint.text.SourceText;
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
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("path", path);
        Position start = source.position(d.range().start());
        Position end = source.position(d.range().end());
        item.put("line", start.line());
        item.put("column", start.column());
        item.put("endLine", end.line());
        item.put("endColumn", end.column());
        item.put("code", d.code());
        item.put("rule", d.rule());
        item.put("severity", d.severity().id());
        item.put("message", d.message());
        List<Object> related = new ArrayList<>();
        for (RelatedLocation r : d.related()) {
            Map<String, Object> rel = new LinkedHashMap<>();
            Position rs = source.position(r.range().start());
            Position re = source.position(r.range().end());
            rel.put("line", rs.line());
            rel.put("column", rs.column());
            rel.put("endLine", re.line());
            rel.put("endColumn", re.column());
            rel.put("message", r.message());
            related.add(rel);
        }
        item.put("related", related);
        if (d.fix() == null) {
            item.put("fix", null);
        } else {
            Map<String, Object> fix = new LinkedHashMap<>();
            fix.put("description", d.fix().description());
            fix.put("applicability", d.fix().applicability().name().toLowerCase(java.util.Locale.ROOT));
            List<Object> edits = new ArrayList<>();
            for (Edit e : d.fix().edits()) {
                Map<String, Object> edit = new LinkedHashMap<>();
                Position es = source.position(e.range().start());
                Position ee = source.position(e.range().end());
                edit.put("line", es.line());
                edit.put("column", es.column());
                edit.put("endLine", ee.line());
                edit.put("endColumn", ee.column());
                edit.put("replacement", e.replacement());
                edits.add(edit);
            }
            fix.put("edits", edits);
            item.put("fix", fix);
        }
        items.add(item);
    }

    public String render() {
        return Json.pretty(items);
    }
}
