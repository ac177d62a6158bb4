package dev.xenlint.model;

import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.text.TextRange;
import java.util.List;
import java.util.Map;

/**
 * Decides whether a file is written for xm or xl. Python beyond plain assignments is strong evidence
 * for xm (xl's parser refuses it), except what is as likely a typo in an xl file: strings without a comma
 * between them (also what a trailing backslash makes), {@code key == value}, an upper-case key; those
 * are no evidence at all. Otherwise syntax or keys only xl reads (a `type` key, disk specs
 * with `vdev=`/`target=`, `device_model_override`, `vnuma`, `spice...`) are strong evidence for xl; keys
 * only xm reads and xm idioms (an `ioemu:` disk, an hvmloader kernel) decide for xm when nothing says xl;
 * keys both toolstacks read (`builder`, `device_model`) are no evidence. With no evidence at all: xl.
 */
final class DialectDetector {

    /** Items of xl's disk syntax that xm's `uname,dev,mode[,backend]` never has (libxlu_disk_l.l). */
    private static final List<String> XL_DISK_KEYS = List.of("vdev=", "target=", "format=", "access=",
            "backendtype=", "devtype=");

    private DialectDetector() {
    }

    /** The sign that decided, and for which dialect. */
    record Evidence(TextRange range, String reason, Dialect dialect) {
    }

    static Evidence detect(SyntaxTree tree, Map<String, Setting> settings, List<PythonUse> pythonUses) {
        Evidence xm = null;
        PythonUse slip = null;
        for (PythonUse use : pythonUses) {
            if (!use.slip()) {
                return new Evidence(use.range(), "the file uses Python: " + use.what(), Dialect.XM);
            }
            // a missing comma, `==` or an upper-case key is a typo as likely as Python: no evidence
            slip = slip == null ? use : slip;
        }
        KeyCatalogue catalogue = KeyCatalogue.get();
        Evidence xl = null;
        for (Setting s : settings.values()) {
            Assignment first = s.first();
            String key = s.key();
            Evidence forXl = null;
            Evidence forXm = null;
            KeyCatalogue.Key k = catalogue.key(key);
            if (key.equals("kernel") && namesHvmloader(s)) {
                forXm = new Evidence(first.valueRange(), "`kernel` names hvmloader, as xm HVM configs did", Dialect.XM);
            } else if (key.equals("disk") && mentions(s, "ioemu:")) {
                forXm = new Evidence(first.valueRange(), "a disk uses the `ioemu:` prefix of xm HVM configs", Dialect.XM);
            } else if (key.equals("disk") && mentionsAny(s, XL_DISK_KEYS)) {
                forXl = new Evidence(first.valueRange(), "a disk uses xl's `key=value` disk syntax (`vdev=`, "
                        + "`target=`, `format=`, ...), which xm does not read", Dialect.XL);
            } else if (key.equals("vfb") && mentions(s, "type=")) {
                forXm = new Evidence(first.valueRange(), "a vfb entry sets `type=`, which only xm's vfb reads "
                        + "(xl's takes vnc=1 or sdl=1)", Dialect.XM);
            } else if (key.equals("parallel")) {
                // xl ignores it, but tools writing xl files (libvirt) set it: no evidence either way
            } else if (k != null && k.xl().isRead() && (k.xm() == KeyCatalogue.Support.UNKNOWN
                    || k.xm() == KeyCatalogue.Support.IGNORED)) {
                if (beats(first.keyRange(), xl)) { // most keys of a file are such keys: no reason made for each
                    forXl = new Evidence(first.keyRange(), "sets `" + key + "`, which only xl reads", Dialect.XL);
                }
            } else if (k != null && k.xm() != KeyCatalogue.Support.UNKNOWN && k.xm() != KeyCatalogue.Support.IGNORED
                    && !k.xl().isRead()) {
                if (beats(first.keyRange(), xm)) {
                    forXm = new Evidence(first.keyRange(), "sets `" + key + "`, which only xm reads", Dialect.XM);
                }
            }
            xl = earlier(xl, forXl);
            xm = earlier(xm, forXm);
        }
        if (xl == null && xm == null && slip != null) {
            return new Evidence(slip.range(), "no xm idioms; the " + slip.what() + " is as likely a typo in an xl "
                    + "file as Python", Dialect.XL);
        }
        return xl != null ? xl : xm;
    }

    private static Evidence earlier(Evidence best, Evidence e) {
        return e != null && beats(e.range(), best) ? e : best;
    }

    /** Whether evidence at {@code range} would replace {@code best} (see {@link #earlier}). */
    private static boolean beats(TextRange range, Evidence best) {
        return best == null || range.start() < best.range().start();
    }

    private static boolean mentions(Setting disk, String text) {
        for (Value v : disk.candidates()) {
            if (v instanceof Value.ListValue list) {
                for (Value item : list.items()) {
                    if (item instanceof Value.Str s && s.value().contains(text)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // loops, not streams: no lambda on the way of a short check (StartupPathTest)
    private static boolean namesHvmloader(Setting s) {
        for (Value v : s.candidates()) {
            if (v instanceof Value.Str str && str.value().endsWith("hvmloader")) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsAny(Setting s, java.util.Collection<String> parts) {
        for (String part : parts) {
            if (mentions(s, part)) {
                return true;
            }
        }
        return false;
    }

}
