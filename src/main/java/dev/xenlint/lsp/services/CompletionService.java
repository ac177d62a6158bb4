package dev.xenlint.lsp.services;

import dev.xenlint.model.ConfigModel;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.KeyCatalogue;
import dev.xenlint.text.LineIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/**
 * Completion: keys where a statement starts (with their documentation; keys not yet set come
 * first), the values of enumerated keys after {@code key =}, boot letters, and the {@code key=}
 * names inside the strings of {@code disk} and {@code vif}. The context is read from the text, so
 * completion works while the statement being typed does not parse yet.
 */
public final class CompletionService {

    public List<CompletionItem> complete(AnalyzedDocument doc, Position position) {
        String text = doc.text();
        LineIndex lines = doc.document().source().lines();
        int offset = doc.positions().offset(position);
        int line = lines.lineOf(offset) + 1;
        String before = text.substring(lines.lineStart(line), offset);
        ConfigModel model = doc.analysis().model();
        Dialect dialect = model.dialect();
        if (TextAt.inSuppression(text, lines, offset) || before.indexOf('#') >= 0 && openQuote(before) == 0) {
            return List.of();
        }
        char quote = openQuote(before);
        String statementKey = statementKey(text, lines, line, before);
        if (quote != 0) {
            String inString = before.substring(before.lastIndexOf(quote) + 1);
            if ("disk".equals(statementKey) || "vif".equals(statementKey)) {
                String item = inString.substring(inString.lastIndexOf(',') + 1);
                if (item.indexOf('=') >= 0) {
                    return List.of();
                }
                return deviceKeys(statementKey.equals("disk") ? DeviceDocs.disk(dialect) : DeviceDocs.vif(dialect),
                        statementKey, dialect);
            }
            if ("boot".equals(statementKey)) {
                return bootLetters(dialect, inString);
            }
            if (statementKey != null && inString.chars().allMatch(c -> TextAt.identifierPart((char) c) || c == '-')) {
                return values(statementKey, dialect, false);
            }
            return List.of();
        }
        String trimmed = before.strip();
        if (trimmed.isEmpty() || trimmed.chars().allMatch(c -> TextAt.identifierPart((char) c))
                && !Character.isDigit(trimmed.charAt(0))) {
            return keys(model);
        }
        int eq = before.indexOf('=');
        if (eq > 0 && statementKey != null && before.substring(eq + 1).strip().chars()
                .allMatch(c -> TextAt.identifierPart((char) c) || c == '-')) {
            return values(statementKey, dialect, true);
        }
        return List.of();
    }

    private List<CompletionItem> keys(ConfigModel model) {
        List<CompletionItem> out = new ArrayList<>();
        for (KeyCatalogue.Key k : KeyCatalogue.get().all()) {
            KeyCatalogue.Support support = k.support(model.dialect());
            if (!support.isRead()) {
                continue;
            }
            boolean set = model.settings().containsKey(k.name());
            CompletionItem item = new CompletionItem(k.name());
            item.setKind(CompletionItemKind.Property);
            item.setDetail(k.description());
            item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, KeyDocs.markdown(k)));
            item.setSortText((set ? "1" : "0") + k.name());
            out.add(item);
        }
        return out;
    }

    private List<CompletionItem> values(String key, Dialect dialect, boolean quoted) {
        KeyCatalogue.Key k = KeyCatalogue.get().key(key);
        if (k == null) {
            return List.of();
        }
        if (key.equals("boot")) {
            return bootLetters(dialect, "");
        }
        List<CompletionItem> out = new ArrayList<>();
        int i = 0;
        for (String v : KeyDocs.values(k, dialect)) {
            CompletionItem item = new CompletionItem(v);
            item.setKind(CompletionItemKind.EnumMember);
            item.setDetail(key);
            item.setSortText(String.format("%03d", i++));
            boolean number = v.chars().allMatch(Character::isDigit);
            if (quoted && !number) {
                item.setInsertText("\"" + v + "\"");
                item.setFilterText(v);
            }
            out.add(item);
        }
        return out;
    }

    private List<CompletionItem> bootLetters(Dialect dialect, String typed) {
        List<CompletionItem> out = new ArrayList<>();
        for (char c : DeviceDocs.bootLetters(dialect).toCharArray()) {
            if (typed.indexOf(c) >= 0) {
                continue; // each device once
            }
            CompletionItem item = new CompletionItem(String.valueOf(c));
            item.setKind(CompletionItemKind.EnumMember);
            item.setDetail("boot from " + DeviceDocs.BOOT.get(c));
            item.setInsertText(typed + c); // clients replace the word typed so far
            item.setFilterText(typed + c);
            out.add(item);
        }
        return out;
    }

    private List<CompletionItem> deviceKeys(Map<String, String> docs, String device, Dialect dialect) {
        List<CompletionItem> out = new ArrayList<>();
        for (Map.Entry<String, String> e : docs.entrySet()) {
            String name = e.getKey();
            boolean flag = e.getValue().startsWith("Flag:");
            if (device.equals("disk") && dialect == Dialect.XM) {
                continue; // xm's disk entries are positional: no names to complete
            }
            CompletionItem item = new CompletionItem(flag ? name : name + "=");
            item.setKind(flag ? CompletionItemKind.Keyword : CompletionItemKind.Field);
            item.setDetail(device + " " + (flag ? "flag" : "setting"));
            item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, e.getValue()));
            item.setFilterText(name);
            out.add(item);
        }
        return out;
    }

    /** The quote of a string left open before the cursor on this line, or 0. */
    static char openQuote(String before) {
        char open = 0;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (open != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == open) {
                    open = 0;
                }
            } else if (c == '#') {
                return 0;
            } else if (c == '"' || c == '\'') {
                open = c;
            }
        }
        return open;
    }

    /**
     * The key of the statement the cursor is in: the name before {@code =} on this line, or on the
     * nearest line above that starts an assignment (for lists spanning lines).
     */
    static String statementKey(String text, LineIndex lines, int line, String before) {
        String key = assignedName(before);
        if (key != null || before.strip().isEmpty() && line == 1) {
            return key;
        }
        for (int l = line - 1; l >= 1 && l > line - 200; l--) {
            String t = lines.lineText(l);
            String k = assignedName(t);
            if (k != null) {
                return k;
            }
            if (t.indexOf('[') < 0 && t.indexOf(',') < 0 && !t.strip().isEmpty() && !t.strip().startsWith("#")
                    && !t.strip().startsWith("'") && !t.strip().startsWith("\"")) {
                return null;
            }
        }
        return null;
    }

    /** {@code name} of a line starting {@code name =} or {@code name +=}, or null. */
    static String assignedName(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        int start = i;
        while (i < line.length() && TextAt.identifierPart(line.charAt(i))) {
            i++;
        }
        if (i == start || Character.isDigit(line.charAt(start))) {
            return null;
        }
        int end = i;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        if (i < line.length() && line.charAt(i) == '+') {
            i++;
        }
        return i < line.length() && line.charAt(i) == '=' && (i + 1 >= line.length() || line.charAt(i + 1) != '=')
                ? line.substring(start, end) : null;
    }
}
