package dev.xenlint.lsp.services;

import dev.xenlint.model.Assignment;
import dev.xenlint.model.ConfigModel;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.Setting;
import dev.xenlint.text.TextRange;
import java.util.List;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;

/**
 * Go to definition for a name an xm file reads as a Python variable: the assignment that gave it
 * its value at that point (the last one above), or its first assignment.
 */
public final class DefinitionService {

    public List<Location> definition(AnalyzedDocument doc, Position position) {
        ConfigModel model = doc.analysis().model();
        if (model.dialect() != Dialect.XM) {
            return List.of(); // xl has no variables
        }
        int offset = doc.positions().offset(position);
        TextRange word = TextAt.identifier(doc.text(), offset);
        if (word == null) {
            return List.of();
        }
        String name = doc.text().substring(word.start(), word.end());
        Setting s = model.locals().get(name);
        if (s == null) {
            s = model.settings().get(name);
        }
        if (s == null) {
            return List.of();
        }
        Assignment target = null;
        for (Assignment a : s.assignments()) {
            if (a.keyRange().start() == word.start()) {
                return List.of(location(doc, a)); // on the assignment itself
            }
            if (a.statement().end() <= word.start()) {
                target = a;
            }
        }
        return List.of(location(doc, target != null ? target : s.first()));
    }

    private static Location location(AnalyzedDocument doc, Assignment a) {
        return new Location(doc.uri(), doc.positions().range(a.keyRange()));
    }
}
