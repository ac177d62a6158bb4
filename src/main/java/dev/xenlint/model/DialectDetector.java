package dev.xenlint.model;

import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.text.TextRange;
import java.util.List;
import java.util.Map;

/**
 * Decides whether a file is written for xm or xl: xm when it uses Python
 * beyond plain assignments or an idiom only xm configs have, else xl.
 */
final class DialectDetector {

    private DialectDetector() {
    }

    /** The first sign, in file order, that the file is for xm. */
    record Evidence(TextRange range, String reason) {
    }

    static Evidence detect(SyntaxTree tree, Map<String, Setting> settings, List<PythonUse> pythonUses) {
        Evidence best = null;
        if (!pythonUses.isEmpty()) {
            PythonUse use = pythonUses.get(0);
            best = new Evidence(use.range(), "the file uses Python: " + use.what());
        }
        KeyCatalogue catalogue = KeyCatalogue.get();
        for (Setting s : settings.values()) {
            Assignment first = s.first();
            String key = s.key();
            Evidence e = null;
            if (key.equals("builder")) {
                e = new Evidence(first.keyRange(), "sets `builder`, xm's way to choose the guest type");
            } else if (key.equals("device_model")) {
                e = new Evidence(first.keyRange(), "sets `device_model`, which only xm reads");
            } else if (key.equals("kernel") && s.candidates().stream()
                    .anyMatch(v -> v instanceof Value.Str str && str.value().endsWith("hvmloader"))) {
                e = new Evidence(first.valueRange(), "`kernel` names hvmloader, as xm HVM configs did");
            } else if (key.equals("disk") && mentionsIoemu(s)) {
                e = new Evidence(first.valueRange(), "a disk uses the `ioemu:` prefix of xm HVM configs");
            } else {
                KeyCatalogue.Key k = catalogue.key(key);
                if (k != null && k.xm() != KeyCatalogue.Support.UNKNOWN && !k.xl().isRead()) {
                    e = new Evidence(first.keyRange(), "sets `" + key + "`, which only xm reads");
                }
            }
            if (e != null && (best == null || e.range().start() < best.range().start())) {
                best = e;
            }
        }
        return best;
    }

    private static boolean mentionsIoemu(Setting disk) {
        for (Value v : disk.candidates()) {
            if (v instanceof Value.ListValue list) {
                for (Value item : list.items()) {
                    if (item instanceof Value.Str s && s.value().contains("ioemu:")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
