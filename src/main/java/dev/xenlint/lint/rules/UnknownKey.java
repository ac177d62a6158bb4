package dev.xenlint.lint.rules;

import dev.xenlint.lint.Edit;
import dev.xenlint.lint.Fix;
import dev.xenlint.lint.Rule;
import dev.xenlint.lint.RuleContext;
import dev.xenlint.lint.RuleInfo;
import dev.xenlint.lint.Severity;
import dev.xenlint.model.Assignment;
import dev.xenlint.model.Dialect;
import dev.xenlint.model.KeyCatalogue;
import dev.xenlint.model.Setting;
import dev.xenlint.model.XenVersion;
import java.util.ArrayList;
import java.util.List;

/** A key the toolstack does not read: usually a typo, always without effect. */
public final class UnknownKey extends Rule {

    public UnknownKey() {
        super(RuleInfo.of("XC101", "unknown-key", Severity.WARNING, RuleInfo.BOTH, RuleInfo.ANY_GUEST,
                RuleInfo.Fixability.UNSAFE));
    }

    /**
     * Removed xm keys that some release from 3.0 on still read: [first release
     * reading it, first release without it). Checked against
     * {@code tools/python/xen/xm/create.py} at RELEASE-3.0.0 and the branch
     * points 3.0.2 ... 4.3 of Xen's history; each removal commit is cited in
     * unknown-key's document.
     */
    private static final java.util.Map<String, XenVersion[]> READ_BY_XM = java.util.Map.of(
            "lapic", window("3.0", "3.0.2"),       // 29c3bf78b9: renamed apic
            "cdrom", window("3.0", "3.0.3"),       // ae97d42025: a ',hdc:cdrom,r' disk instead
            "ne2000", window("3.0", "3.0.3"),      // 472b6cb977: vif model=
            "ssidref", window("3.0", "3.0.3"),     // 5ab002b998: access_control
            "audio", window("3.0.2", "3.0.3"),     // a3188a47d8: soundhw
            "usbport", window("3.0.3", "3.2"),     // 012e2baf87
            "vtpm", window("3.0", "4.3"),          // aaa9ddeec8
            "tpmif", window("3.0", "4.3"));        // aaa9ddeec8

    private static XenVersion[] window(String from, String until) {
        return new XenVersion[] {XenVersion.parse(from), XenVersion.parse(until)};
    }

    /** A key a toolstack started reading after its first release: since which release, and the evidence. */
    record Since(XenVersion since, String lastWithout, String tag, String file) {
    }

    /**
     * Lines of key-since.tsv (see its header) by dialect id, then key name, read on first use: looked up
     * for every setting of every file, without building a "dialect key" string each time (issue 14).
     * A line is parsed into its {@link Since} when its key is first looked up: a file names a few of the 200.
     */
    private static final class Added {
        static final java.util.Map<String, java.util.Map<String, Added>> KEYS = load();

        private final String line;
        private Since since; // set on first use; a race parses the line twice into equal values (final fields)

        private Added(String line) {
            this.line = line;
        }

        Since since() {
            Since s = since;
            if (s == null) {
                String[] f = line.split("\t");
                s = new Since(XenVersion.parse(f[2]), f[3], f[4], f[5]);
                since = s;
            }
            return s;
        }

        /** From key-since.tsv's lines, which the build puts into {@link KeySinceTsv} (see KeyCatalogue.load). */
        private static java.util.Map<String, java.util.Map<String, Added>> load() {
            java.util.Map<String, java.util.Map<String, Added>> map = new java.util.HashMap<>();
            for (String line : KeySinceTsv.LINES) {
                int tab = line.indexOf('\t');
                int tab2 = tab < 0 ? -1 : line.indexOf('\t', tab + 1);
                String dialect = tab < 0 ? line : line.substring(0, tab);
                String key = tab < 0 ? "" : tab2 < 0 ? line.substring(tab + 1) : line.substring(tab + 1, tab2);
                java.util.Map<String, Added> keys = map.get(dialect);
                if (keys == null) {
                    keys = new java.util.HashMap<>();
                    map.put(dialect, keys);
                }
                keys.put(key, new Added(line));
            }
            return map;
        }
    }

    /** When the target release of this toolstack does not read the key yet: since which release it does. */
    static Since notYetRead(String key, Dialect dialect, XenVersion target) {
        java.util.Map<String, Added> keys = Added.KEYS.get(dialect.id());
        Added line = keys == null ? null : keys.get(key);
        Since since = line == null ? null : line.since();
        return since != null && target.compareTo(since.since()) < 0 ? since : null;
    }

    @Override
    public void check(RuleContext ctx) {
        KeyCatalogue catalogue = KeyCatalogue.get();
        Dialect dialect = ctx.dialect();
        for (Setting s : ctx.model().settings().values()) {
            KeyCatalogue.Key key = catalogue.key(s.key());
            Since since = key != null && key.support(dialect).isRead() ? notYetRead(s.key(), dialect, ctx.xenVersion())
                    : null;
            if (since != null) {
                ctx.report(Checks.keyRange(s), "`" + s.key() + "` is read by " + dialect.id() + " only from Xen "
                        + since.since() + " (`" + since.file() + "` reads it from " + since.tag() + ", not at "
                        + since.lastWithout() + "); " + dialect.id() + " " + ctx.xenVersion()
                        + " ignores it, so this setting has no effect");
                continue;
            }
            if (key != null && key.support(dialect) == KeyCatalogue.Support.REMOVED) {
                XenVersion[] window = dialect == Dialect.XM ? READ_BY_XM.get(s.key()) : null;
                XenVersion target = ctx.xenVersion();
                if (window != null && target.compareTo(window[0]) >= 0 && target.compareTo(window[1]) < 0) {
                    continue; // the target release still reads it
                }
                String instead = key.xlReplacement() == null ? "" : "; use `" + key.xlReplacement() + "` instead";
                String when = window == null ? "was removed from xm before its last release"
                        : "is read by xm from Xen " + window[0] + " until " + window[1] + ", not by " + target + ",";
                ctx.report(Checks.keyRange(s), "`" + s.key() + "` " + when + " and is ignored" + instead);
                continue;
            }
            boolean unknown = key == null
                    || key.support(dialect) == KeyCatalogue.Support.UNKNOWN && (dialect == Dialect.XM
                    || key.xm() == KeyCatalogue.Support.UNKNOWN);
            if (!unknown || dialect == Dialect.XL && PythonInXlConfig.keyLike(s.key()) != null) {
                continue; // (`Name` in an xl file: python-in-xl-config says it is not xl syntax and fixes it)
            }
            if (key != null && dialect == Dialect.XM && key.xl().isRead()) {
                ctx.report(Checks.keyRange(s), "`" + s.key() + "` is an xl key; xm ignores it, so this setting has no "
                        + "effect under xm");
                continue;
            }
            List<String> suggestions = suggestions(s.key(), dialect);
            String tool = dialect.id();
            StringBuilder message = new StringBuilder("unknown key `").append(s.key()).append('`');
            if (!suggestions.isEmpty()) {
                if (suggestions.size() == 1) {
                    message.append("; did you mean `").append(suggestions.get(0)).append("`?")
                            .append(otherToolstackNote(suggestions.get(0), dialect).isEmpty() ? ""
                                    : otherToolstackNote(suggestions.get(0), dialect) + ".");
                } else {
                    message.append("; did you mean ").append(String.join(" or ", suggestions.stream()
                            .map(k -> "`" + k + "`" + otherToolstackNote(k, dialect)).toList())).append('?');
                }
            }
            message.append(suggestions.isEmpty() ? "; " : " ").append(tool)
                    .append(" ignores keys it does not know, so this setting has no effect");
            // never rename to a key this toolstack does not read: the setting would still do nothing
            // (and an xm-only key would make xenlint take the file for an xm one)
            if (suggestions.size() == 1 && catalogue.isRead(suggestions.get(0), dialect)) {
                List<Edit> edits = new ArrayList<>();
                for (Assignment a : s.assignments()) {
                    edits.add(new Edit(a.keyRange(), suggestions.get(0)));
                }
                ctx.report(Checks.keyRange(s), message.toString(), new Fix("rename to `" + suggestions.get(0) + "`",
                        edits, Fix.Applicability.UNSAFE));
            } else {
                ctx.report(Checks.keyRange(s), message.toString());
            }
        }
    }

    /** For a suggestion only the other toolstack reads, says so: " (an xm key; xl has no such option)". */
    static String otherToolstackNote(String key, Dialect dialect) {
        KeyCatalogue.Key k = KeyCatalogue.get().key(key);
        if (k == null || k.support(dialect).isRead()) {
            return "";
        }
        if (dialect == Dialect.XM) {
            return " (an xl key; xm ignores it)";
        }
        if (k.xlReplacement() != null) {
            return " (an xm key; xl reads `" + k.xlReplacement() + "` instead)";
        }
        if (key.equals("vncconsole") || key.equals("vncviewer")) {
            return " (an xm key; xl has no console viewer option: `xl create -V` starts one)";
        }
        return " (an xm key; xl has no such option)";
    }

    /**
     * The closest keys, at most three, nearest first: keys this toolstack reads, and keys only the
     * other one reads when they are at least as close (a key copied from the other toolstack's files).
     */
    static List<String> suggestions(String key, Dialect dialect) {
        String memo = dialect.id() + '\u0000' + key;
        List<String> known = SUGGESTED.get(memo);
        if (known == null) {
            known = List.copyOf(suggestionsOf(key, dialect));
            if (SUGGESTED.size() < SUGGESTED_MAX) {
                SUGGESTED.put(memo, known);
            }
        }
        return known;
    }

    /**
     * {@link #suggestions} already found, by dialect and key: each is a scan of the whole catalogue, and
     * a fleet's files repeat their unknown keys (issue 14). Bounded, for a long-running language server.
     */
    private static final java.util.Map<String, List<String>> SUGGESTED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int SUGGESTED_MAX = 4096;

    static List<String> suggestionsOf(String key, Dialect dialect) {
        Dialect other = dialect == Dialect.XM ? Dialect.XL : Dialect.XM;
        List<String> own = nearest(key, dialect, null);
        List<String> foreign = nearest(key, other, dialect);
        List<String> out = new ArrayList<>(own);
        if (!foreign.isEmpty() && (own.isEmpty()
                || distanceTo(key, foreign.get(0)) <= distanceTo(key, own.get(0)))) {
            out.addAll(foreign);
        }
        return out.size() > 3 ? out.subList(0, 3) : out;
    }

    private static int distanceTo(String key, String candidate) {
        return Checks.distance(key.toLowerCase(java.util.Locale.ROOT), candidate);
    }

    /** The closest keys {@code dialect} reads (and {@code notReadBy}, when given, does not). */
    private static List<String> nearest(String key, Dialect dialect, Dialect notReadBy) {
        String lower = key.toLowerCase(java.util.Locale.ROOT);
        int limit = lower.length() <= 4 ? 1 : lower.length() <= 8 ? 2 : 3;
        int best = Integer.MAX_VALUE;
        List<String> out = new ArrayList<>();
        for (KeyCatalogue.Key k : KeyCatalogue.get().all()) {
            if (!k.support(dialect).isRead() || k.name().length() < 2
                    || notReadBy != null && k.support(notReadBy).isRead()) {
                continue;
            }
            if (Math.abs(k.name().length() - lower.length()) > Math.min(limit, best)) {
                continue; // the distance is at least the difference in length: too far, without computing it
            }
            int d = Checks.distance(lower, k.name(), Math.min(limit, best));
            if (d > limit || d > best) {
                continue;
            }
            if (d < best) {
                out.clear();
                best = d;
            }
            out.add(k.name());
        }
        return out;
    }
}
