package dev.xenlint.lsp.services;

import dev.xenlint.analysis.Rules;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleDocs;
import dev.xenlint.model.Assignment;
import dev.xenlint.model.BootOrder;
import dev.xenlint.model.ConfigModel;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.DiskSpec;
import dev.xenlint.model.Field;
import dev.xenlint.model.KeyCatalogue;
import dev.xenlint.model.KeyValueSpec;
import dev.xenlint.model.Setting;
import dev.xenlint.text.TextRange;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/**
 * Hover: on a key, the key catalogue's entry (what it does, type, values, defaults, xm against xl);
 * on a rule in a suppression comment, the rule's document; on a boot letter or a field of a disk or
 * vif entry, what it means.
 */
public final class HoverService {

    public Hover hover(AnalyzedDocument doc, Position position) {
        int offset = doc.positions().offset(position);
        String text = doc.text();
        ConfigModel model = doc.analysis().model();
        if (TextAt.inSuppression(text, doc.document().source().lines(), offset)) {
            TextRange sel = TextAt.selector(text, offset);
            Rule rule = sel == null ? null : Rules.find(text.substring(sel.start(), sel.end()));
            if (rule != null) {
                String document = RuleDocs.load(rule.info());
                String body = document == null ? "" : RuleDocs.body(document);
                return hover(doc, sel, "**" + rule.code() + " " + rule.name() + "** (" + rule.info().severity().id()
                        + ")\n\n" + body);
            }
            return null;
        }
        for (BootOrder boot : model.boot()) {
            for (Field letter : boot.letters()) {
                if (letter.range().contains(offset)) {
                    char c = letter.text().charAt(0);
                    String what = DeviceDocs.BOOT.get(c);
                    boolean taken = DeviceDocs.bootLetters(model.dialect()).indexOf(c) >= 0;
                    return hover(doc, letter.range(), "boot device `" + c + "`: "
                            + (what == null ? "not a boot device" : what)
                            + (taken ? "" : " — " + model.dialect().name().toLowerCase(java.util.Locale.ROOT)
                                    + " does not take it"));
                }
            }
        }
        for (DiskSpec disk : model.disks()) {
            if (disk.source().range().contains(offset)) {
                Hover h = diskField(doc, disk, offset);
                if (h != null) {
                    return h;
                }
            }
        }
        for (KeyValueSpec vif : model.vifs()) {
            if (vif.source().range().contains(offset)) {
                for (KeyValueSpec.Entry e : vif.entries().values()) {
                    if (within(e.key(), offset) || e.value() != null && within(e.value(), offset)) {
                        String what = DeviceDocs.vif(model.dialect()).get(e.key().text());
                        return hover(doc, e.key().range(), "vif `" + e.key().text() + "`: "
                                + (what == null ? "not a key " + model.dialect().name().toLowerCase(
                                        java.util.Locale.ROOT) + " reads in a vif entry" : what));
                    }
                }
            }
        }
        String key = keyAt(model, text, offset);
        if (key != null) {
            KeyCatalogue.Key k = KeyCatalogue.get().key(key);
            TextRange word = TextAt.identifier(text, offset);
            if (k != null) {
                return hover(doc, word, KeyDocs.markdown(k));
            }
            if (model.locals().containsKey(key)) {
                return hover(doc, word, "**" + key + "**: a local variable (xm reads only the domain settings;"
                        + " this name only feeds other expressions)");
            }
            return hover(doc, word, "**" + key + "**: not a key " + (model.dialect() == Dialect.XM ? "xm" : "xl")
                    + " reads");
        }
        return null;
    }

    private Hover diskField(AnalyzedDocument doc, DiskSpec disk, int offset) {
        Dialect dialect = disk.syntax();
        Map<String, Field> named = new LinkedHashMap<>();
        named.put("prefix", disk.prefix());
        named.put("ioemu", disk.ioemu());
        named.put("format", disk.format());
        named.put("vdev", disk.vdev());
        named.put("devtype", disk.devtype());
        named.put("access", disk.access());
        named.put("backend", disk.backend());
        named.put("script", disk.script());
        named.put("target", disk.target());
        named.putAll(disk.flags());
        // the `key=` part of an xl item names the field too
        int index = TextAt.index(disk.source(), offset);
        if (index >= 0) {
            String v = disk.source().value();
            int from = v.lastIndexOf(',', index) + 1;
            int to = v.indexOf(',', index);
            String item = v.substring(from, to < 0 ? v.length() : to).strip();
            int eq = item.indexOf('=');
            String name = eq < 0 ? item : item.substring(0, eq).strip();
            if (dialect == Dialect.XL && DeviceDocs.XL_DISK.containsKey(name)
                    && (eq >= 0 || !named.containsKey(name) || disk.flags().containsKey(name))) {
                int start = from + v.substring(from).indexOf(name.isEmpty() ? " " : name);
                TextRange r = start >= from ? disk.source().rangeOf(start, start + name.length()) : null;
                return hover(doc, r, "disk `" + name + "`: " + DeviceDocs.XL_DISK.get(name));
            }
        }
        for (Map.Entry<String, Field> e : named.entrySet()) {
            Field f = e.getValue();
            if (f != null && within(f, offset)) {
                String what = DeviceDocs.disk(dialect).get(e.getKey());
                if (what != null) {
                    return hover(doc, f.range(), "disk " + e.getKey() + ": " + what);
                }
            }
        }
        return null;
    }

    private static boolean within(Field f, int offset) {
        TextRange r = f.range();
        return r.start() <= offset && offset < Math.max(r.end(), r.start() + 1);
    }

    private static boolean insideString(ConfigModel model, int offset) {
        for (Setting s : model.settings().values()) {
            for (dev.xenlint.model.Value.Str str : s.strings()) {
                if (str.range().contains(offset)) {
                    return true;
                }
            }
            for (dev.xenlint.model.Value.Str str : s.listStrings()) {
                if (str.range().contains(offset)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The setting or local assigned at the offset, or named there outside a string. */
    static String keyAt(ConfigModel model, String text, int offset) {
        for (Setting s : model.settings().values()) {
            for (Assignment a : s.assignments()) {
                if (a.keyRange().start() <= offset && offset <= a.keyRange().end()) {
                    return a.key();
                }
            }
        }
        TextRange word = TextAt.identifier(text, offset);
        if (word == null) {
            return null;
        }
        String name = text.substring(word.start(), word.end());
        if ((model.locals().containsKey(name) || model.settings().containsKey(name))
                && !insideString(model, offset)) {
            return name;
        }
        return null;
    }

    private static Hover hover(AnalyzedDocument doc, TextRange range, String markdown) {
        Hover h = new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown));
        if (range != null) {
            h.setRange(doc.positions().range(range));
        }
        return h;
    }
}
