package dev.xenlint.output;

import dev.xenlint.analysis.Analysis;
import dev.xenlint.lint.BuiltInRule;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.model.Assignment;
import dev.xenlint.model.BootOrder;
import dev.xenlint.model.ConfigModel;
import dev.xenlint.model.DiskSpec;
import dev.xenlint.model.Field;
import dev.xenlint.model.KeyValueSpec;
import dev.xenlint.model.PciSpec;
import dev.xenlint.model.PythonUse;
import dev.xenlint.model.Setting;
import dev.xenlint.model.SpecProblem;
import dev.xenlint.model.Value;
import dev.xenlint.text.SourceText;
import dev.xenlint.text.TextRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The model of one file as JSON-ready maps and lists. Disks and vifs use
 * libxl's field names. Locations are "line:column-line:column" (1-based,
 * UTF-16 columns); {@code withLocations = false} leaves them out, so two
 * layouts of the same configuration dump identically.
 */
public final class ModelDump {

    private static final List<String> VIF_FIELDS = List.of("mac", "bridge", "model", "type", "ip", "script",
            "vifname", "rate", "backend", "gatewaydev", "mtu");

    private final SourceText source;
    private final boolean withLocations;
    private dev.xenlint.model.Dialect dialect;
    /** Without locations: the " at LINE:COL" phrases the model puts into reasons and conditions, to leave out. */
    private final List<String> positionPhrases = new ArrayList<>();

    private ModelDump(SourceText source, boolean withLocations) {
        this.source = source;
        this.withLocations = withLocations;
    }

    /**
     * The model names block headers by position in reasons and conditions
     * ("a function defined at 3:1", "the `for` loop at 5:1 runs"); these are
     * the phrases that a dump without locations removes.
     */
    private void collectPositionPhrases(List<dev.xenlint.syntax.Statement> statements) {
        java.util.ArrayDeque<dev.xenlint.syntax.Statement> todo = new java.util.ArrayDeque<>(statements);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            if (todo.pop() instanceof dev.xenlint.syntax.Statement.Compound c) {
                for (dev.xenlint.syntax.Statement.Clause clause : c.clauses()) {
                    String phrase = " at " + source.position(clause.header().range().start());
                    if (seen.add(phrase)) {
                        positionPhrases.add(phrase);
                    }
                    todo.addAll(clause.body());
                }
            }
        }
        // longest first, so that " at 1:12" goes before " at 1:1" could cut it
        positionPhrases.sort(java.util.Comparator.comparingInt(String::length).reversed());
    }

    /** A reason or condition as the dump shows it: without source positions unless locations are wanted. */
    private String text(String s) {
        if (withLocations || s == null) {
            return s;
        }
        for (String phrase : positionPhrases) {
            if (s.contains(phrase)) {
                s = s.replace(phrase, "");
            }
        }
        return s;
    }

    /**
     * A syntax error's message without the positions it refers to ("the `(` opened at 3:5", "after
     * the `for` at 1:1" lose " at 3:5" and " at 1:1"): the parser names the place of the opening
     * bracket or block header in its message, and a dump without locations shows none. Only
     * " at LINE:COLUMN" phrases whose line is a line of this file are taken out; check's messages are
     * untouched.
     */
    private String withoutPositions(String message) {
        int lastLine = source.position(source.text().length()).line();
        StringBuilder out = new StringBuilder(message.length());
        int i = 0;
        while (i < message.length()) {
            int end = message.startsWith(" at ", i) ? positionEnd(message, i + 4, lastLine) : -1;
            if (end > 0) {
                i = end;
            } else {
                out.append(message.charAt(i++));
            }
        }
        return out.toString();
    }

    /** The end of "LINE:COLUMN" starting at {@code from}, or -1 when there is none (or no such line). */
    private static int positionEnd(String s, int from, int lastLine) {
        int colon = digitsEnd(s, from);
        if (colon == from || colon >= s.length() || s.charAt(colon) != ':') {
            return -1;
        }
        int end = digitsEnd(s, colon + 1);
        if (end == colon + 1 || end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
            return -1;
        }
        if (colon - from > 9 || Integer.parseInt(s.substring(from, colon)) > lastLine) {
            return -1;
        }
        return end;
    }

    private static int digitsEnd(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** Values and conditions up to this size are always shown whole. */
    private static final int LONG = 1024;
    /**
     * How many more characters (or items) of longer values and conditions the dump shows whole: one
     * file's worth. A value is folded once but may be referred to by every later line (`b = a`), and a
     * long `if` condition is shown with each assignment under it, so without a budget a small file could
     * dump gigabytes; with it the dump stays linear in the file.
     */
    private long longBudget = dev.xenlint.text.SizeLimit.MAX_BYTES;

    /** Whether a value or text of {@code size} may be shown whole (and spends the budget if it is long). */
    private boolean affordable(long size) {
        if (size <= LONG) {
            return true;
        }
        if (size > longBudget) {
            return false;
        }
        longBudget -= size;
        return true;
    }

    /** A condition, shortened once the budget for long texts is spent. */
    private String condition(String s) {
        String t = text(s);
        if (t == null || affordable(t.length())) {
            return t;
        }
        return t.substring(0, LONG) + "... (" + (t.length() - LONG) + " more characters, shown in full earlier)";
    }

    /** The size of a value as dumped, counted up to {@code limit}. */
    private static long size(Value v, long limit) {
        if (v instanceof Value.Str s) {
            return s.value().length();
        }
        List<Value> items = v instanceof Value.ListValue l ? l.items() : v instanceof Value.Tuple t ? t.items() : null;
        if (items == null) {
            return 1;
        }
        long total = items.size();
        for (int i = 0; i < items.size() && total <= limit; i++) {
            total += size(items.get(i), limit - total);
        }
        return total;
    }

    /** A value as this dump shows it (dynamic reasons without positions unless locations are wanted). */
    private Object shown(Value v) {
        long size = size(v, LONG + longBudget + 1);
        if (!affordable(size)) {
            return Map.of("omitted", "a value of " + (size > LONG + longBudget ? "more than " + size : size)
                    + " characters or items; the dump has shown its share of long values");
        }
        Object plain = value(v);
        return withLocations || positionPhrases.isEmpty() ? plain : stripped(plain);
    }

    private Object stripped(Object json) {
        if (json instanceof String str) {
            return text(str);
        } else if (json instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(o -> out.add(stripped(o)));
            return out;
        } else if (json instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, o) -> out.put(k, stripped(o)));
            return out;
        }
        return json;
    }

    public static Map<String, Object> of(String path, Analysis analysis, boolean withLocations) {
        return new ModelDump(analysis.source(), withLocations).dump(path, analysis);
    }

    private Map<String, Object> dump(String path, Analysis analysis) {
        ConfigModel m = analysis.model();
        dialect = m.dialect();
        if (!withLocations) {
            collectPositionPhrases(analysis.syntax().statements());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("path", path);
        out.put("dialect", m.dialect().id());
        out.put("dialect_reason", withLocations ? m.dialectExplanation() : m.dialectReason());
        out.put("xen_version", analysis.xenVersion().toString());
        Map<String, Object> guest = new LinkedHashMap<>();
        guest.put("type", m.guest().type().id());
        guest.put("possible", m.guest().possible().stream().map(t -> t.id()).toList());
        guest.put("reason", text(m.guest().reason()));
        out.put("guest", guest);
        out.put("settings", settings(m.settings()));
        out.put("locals", settings(m.locals()));
        List<Object> python = new ArrayList<>();
        for (PythonUse use : m.pythonUses()) {
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("what", use.what());
            location(u, use.range());
            python.add(u);
        }
        out.put("python", python);
        out.put("disks", m.disks().stream().map(this::disk).toList());
        out.put("vifs", m.vifs().stream().map(this::vif).toList());
        out.put("vfbs", m.vfbs().stream().map(this::vif).toList());
        out.put("boot", m.boot().stream().map(this::boot).toList());
        out.put("pci", m.pci().stream().map(this::pci).toList());
        out.put("usbdevice", m.usbdevices().stream().map(Field::text).toList());
        Map<String, Object> sizing = new LinkedHashMap<>();
        for (String key : List.of("memory", "maxmem", "vcpus", "maxvcpus")) {
            var ints = m.integers(key);
            sizing.put(key, ints.isEmpty() ? null : ints.get(0).value());
        }
        out.put("sizing", sizing);
        List<Object> errors = new ArrayList<>();
        for (Diagnostic d : analysis.diagnostics()) {
            if (d.info().equals(BuiltInRule.SYNTAX_ERROR.info())) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("message", withLocations ? d.message() : withoutPositions(d.message()));
                location(e, d.range());
                errors.add(e);
            }
        }
        out.put("syntax_errors", errors);
        return out;
    }

    private Map<String, Object> settings(Map<String, Setting> settings) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Setting s : settings.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("value", shown(s.effective()));
            List<Object> assignments = new ArrayList<>();
            for (Assignment a : s.assignments()) {
                Map<String, Object> as = new LinkedHashMap<>();
                as.put("op", a.append() ? "+=" : "=");
                as.put("value", shown(a.value()));
                if (a.condition() != null) {
                    as.put("condition", condition(a.condition()));
                }
                location(as, a.statement());
                assignments.add(as);
            }
            entry.put("assignments", assignments);
            out.put(s.key(), entry);
        }
        return out;
    }

    /** A value as JSON: plain JSON for strings, numbers, booleans and lists; tagged objects for the rest. */
    public static Object value(Value v) {
        if (v instanceof Value.Str s) {
            return s.value();
        } else if (v instanceof Value.Int i) {
            return i.value();
        } else if (v instanceof Value.Float f) {
            return f.value();
        } else if (v instanceof Value.Bool b) {
            return b.value();
        } else if (v instanceof Value.None) {
            return null;
        } else if (v instanceof Value.ListValue l) {
            return l.items().stream().map(ModelDump::value).toList();
        } else if (v instanceof Value.Tuple t) {
            return Map.of("tuple", t.items().stream().map(ModelDump::value).toList());
        } else if (v instanceof Value.Dict d) {
            List<Object> entries = new ArrayList<>();
            for (int i = 0; i < d.keys().size(); i++) {
                entries.add(java.util.Arrays.asList(value(d.keys().get(i)), value(d.values().get(i))));
            }
            return Map.of("dict", entries);
        } else if (v instanceof Value.Dynamic d) {
            return Map.of("dynamic", d.reason());
        } else if (v instanceof Value.Absent) {
            return Map.of("unset", true);
        }
        return Map.of("candidates", v.options().stream().map(ModelDump::value).toList());
    }

    private Map<String, Object> disk(DiskSpec d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("spec", d.source().value());
        out.putAll(d.libxlFields());
        if (d.prefix() != null) {
            out.put("prefix", d.prefix().text());
        }
        if (d.ioemu() != null) {
            out.put("ioemu", true);
        }
        if (!d.flags().isEmpty()) {
            Map<String, Object> flags = new LinkedHashMap<>();
            d.flags().forEach((k, f) -> flags.put(k, f.text()));
            out.put("flags", flags);
        }
        problems(out, d.problems());
        location(out, d.source().range());
        return out;
    }

    private Map<String, Object> vif(KeyValueSpec v) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("spec", v.source().value());
        for (String key : VIF_FIELDS) {
            Field f = v.get(key);
            if (f != null) {
                out.put(key, f.text());
            }
        }
        rate(out, v);
        Map<String, Object> other = new LinkedHashMap<>();
        v.entries().forEach((k, e) -> {
            if (!VIF_FIELDS.contains(k)) {
                other.put(k, e.value() == null ? null : e.value().text());
            }
        });
        if (!other.isEmpty()) {
            out.put("other", other);
        }
        problems(out, v.problems());
        location(out, v.source().range());
        return out;
    }

    /**
     * What libxl computes from {@code rate=} (or xend, for xm): the bytes per
     * interval and the interval, or the reason the rate is refused (xl) or
     * ignored (xm); and {@code trusted} as libxl's defbool.
     */
    private void rate(Map<String, Object> out, KeyValueSpec v) {
        boolean xl = dialect == dev.xenlint.model.Dialect.XL;
        Field rate = v.get("rate");
        if (rate != null) {
            dev.xenlint.model.VifRate r = xl ? dev.xenlint.model.VifRate.xl(rate.text())
                    : dev.xenlint.model.VifRate.xm(rate.text());
            if (r.error() == null) {
                out.put("rate_bytes_per_interval", r.bytesPerInterval());
                out.put("rate_interval_usecs", r.intervalUsecs());
            } else {
                out.put("rate_error", r.error());
            }
        }
        if (v.entries().containsKey("trusted") && v.get("trusted") == null) {
            out.put("trusted", "True");
        } else if (v.entries().containsKey("untrusted") && v.get("untrusted") == null) {
            out.put("trusted", "False");
        }
    }

    private Map<String, Object> boot(BootOrder b) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("order", b.order());
        location(out, b.source().range());
        return out;
    }

    private Map<String, Object> pci(PciSpec p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("spec", p.source().value());
        out.put("domain", text(p.domain()));
        out.put("bus", text(p.bus()));
        out.put("dev", text(p.slot()));
        out.put("func", text(p.function()));
        out.put("vdevfn", text(p.vslot()));
        if (!p.options().isEmpty()) {
            Map<String, Object> options = new LinkedHashMap<>();
            p.options().forEach((k, f) -> options.put(k, f.text()));
            out.put("options", options);
        }
        problems(out, p.problems());
        location(out, p.source().range());
        return out;
    }

    private void problems(Map<String, Object> out, List<SpecProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        List<Object> list = new ArrayList<>();
        for (SpecProblem p : problems) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("message", p.message());
            location(e, p.range());
            list.add(e);
        }
        out.put("problems", list);
    }

    private static String text(Field f) {
        return f == null ? null : f.text();
    }

    private void location(Map<String, Object> out, TextRange r) {
        if (withLocations) {
            out.put("location", source.position(r.start()) + "-" + source.position(r.end()));
        }
    }
}
