package dev.xenlint.lsp.services;

import dev.xenlint.model.Assignment;
import dev.xenlint.model.ConfigModel;
import dev.xenlint.model.DiskSpec;
import dev.xenlint.model.KeyValueSpec;
import dev.xenlint.model.Setting;
import dev.xenlint.model.Value;
import dev.xenlint.text.TextRange;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;

/** Document symbols: each assignment of a setting (and of an xm local), with disks and vifs as children. */
public final class SymbolService {

    private static final int DETAIL_WIDTH = 60;

    public List<DocumentSymbol> symbols(AnalyzedDocument doc) {
        ConfigModel model = doc.analysis().model();
        List<DocumentSymbol> out = new ArrayList<>();
        add(doc, model, model.settings().values(), SymbolKind.Property, out);
        add(doc, model, model.locals().values(), SymbolKind.Variable, out);
        out.sort((a, b) -> a.getRange().getStart().getLine() != b.getRange().getStart().getLine()
                ? Integer.compare(a.getRange().getStart().getLine(), b.getRange().getStart().getLine())
                : Integer.compare(a.getRange().getStart().getCharacter(), b.getRange().getStart().getCharacter()));
        return out;
    }

    private void add(AnalyzedDocument doc, ConfigModel model, Iterable<Setting> settings, SymbolKind kind,
                     List<DocumentSymbol> out) {
        for (Setting s : settings) {
            for (Assignment a : s.assignments()) {
                DocumentSymbol sym = new DocumentSymbol(a.key(), kind, doc.positions().range(a.statement()),
                        doc.positions().range(a.keyRange()), detail(doc.text(), a.valueRange()));
                List<DocumentSymbol> children = new ArrayList<>();
                if (a.key().equals("disk")) {
                    for (DiskSpec d : model.disks()) {
                        child(doc, a, d.source(), d.vdev() != null && !d.vdev().isEmpty() ? d.vdev().text() : null,
                                SymbolKind.Object, children);
                    }
                } else if (a.key().equals("vif")) {
                    for (KeyValueSpec v : model.vifs()) {
                        var mac = v.get("mac");
                        child(doc, a, v.source(), mac == null ? null : mac.text(), SymbolKind.Struct, children);
                    }
                }
                if (!children.isEmpty()) {
                    sym.setChildren(children);
                }
                out.add(sym);
            }
        }
    }

    private static void child(AnalyzedDocument doc, Assignment parent, Value.Str entry, String name, SymbolKind kind,
                              List<DocumentSymbol> out) {
        TextRange r = entry.range();
        if (r.start() < parent.valueRange().start() || r.end() > parent.valueRange().end()) {
            return; // built elsewhere (an xm variable): not inside this statement
        }
        String label = entry.value().isEmpty() ? "(empty)" : entry.value();
        DocumentSymbol sym = new DocumentSymbol(name == null ? label : name, kind, doc.positions().range(r),
                doc.positions().range(r), name == null ? null : shorten(label));
        out.add(sym);
    }

    private static String detail(String text, TextRange value) {
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        for (char c : text.substring(value.start(), value.end()).toCharArray()) {
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && sb.length() > 0) {
                sb.append(' ');
            }
            space = false;
            sb.append(c);
        }
        return shorten(sb.toString());
    }

    private static String shorten(String s) {
        return s.length() <= DETAIL_WIDTH ? s : s.substring(0, DETAIL_WIDTH - 1) + "…";
    }
}
