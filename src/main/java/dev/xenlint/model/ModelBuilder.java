package dev.xenlint.model;

import dev.xenlint.syntax.LogicalLine;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.syntax.Token;
import dev.xenlint.syntax.TokenKind;
import dev.xenlint.text.TextRange;
import dev.xenlint.text.TwoThreads;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Builds the {@link ConfigModel} of a parsed file. */
public final class ModelBuilder {

    private ModelBuilder() {
    }

    /** A file this long or longer (in chars) has its Python uses found on a second thread (see {@link PythonUses}). */
    static final int TWO_THREADS_FROM = 128 * 1024;
    private static final int PROCESSORS = Runtime.getRuntime().availableProcessors();

    /**
     * The file's Python uses that xl's parser refuses. A construct in a statement xl's own parser reads
     * ({@code a.b = 1}) is not Python for xl; each statement is read once (the uses of one statement come one
     * after another, with the same range object), and each statement text once.
     *
     * <p>They depend on the tree alone, not on what the statements do, so in a long file (with a second
     * processor) they are found on another thread while this one runs the statements: in a megabyte of
     * {@code a == 1} they were a third of the model's time (issue 9). Both only read the tree.
     */
    private static final class PythonUses implements Runnable { // a class, not a lambda: see StartupPathTest
        private final SyntaxTree tree;
        List<PythonUse> found;

        PythonUses(SyntaxTree tree) {
            this.tree = tree;
        }

        @Override
        public void run() {
            PythonScan.Found scanned = PythonScan.scan(tree);
            List<PythonUse> uses = new ArrayList<>();
            TextRange statement = null;
            boolean refused = false;
            Map<String, Boolean> refusedAlone = new java.util.HashMap<>();
            for (int i = 0; i < scanned.uses().size(); i++) {
                TextRange st = scanned.statements().get(i);
                if (st != statement) {
                    refused = tree.xlRefusesAlone(st, refusedAlone);
                    statement = st;
                }
                if (refused) {
                    uses.add(scanned.uses().get(i));
                }
            }
            found = Collections.unmodifiableList(uses);
        }

        /** Runs {@code exec} here and this on another thread (see {@link TwoThreads}). */
        void beside(Executor exec) {
            TwoThreads.run(new Runnable() { // a class, not a lambda: see StartupPathTest
                @Override
                public void run() {
                    exec.run();
                }
            }, this, "xenlint-model");
        }
    }

    /**
     * @param forced the dialect given by the user, or null to detect it
     */
    public static ConfigModel build(SyntaxTree tree, Dialect forced) {
        return build(tree, forced, null);
    }

    /**
     * Builds the model of a file.
     *
     * @param forced  the dialect to assume, or null to detect it
     * @param version the Xen release the file targets, or null for the dialect's default
     */
    public static ConfigModel build(SyntaxTree tree, Dialect forced, XenVersion version) {
        return build(tree, forced, null, version);
    }

    /**
     * Builds the model of a file whose dialect may have been given.
     *
     * @param forced   the dialect to assume, or null to detect it
     * @param forcedBy where {@code forced} was given, as the dialect's reason says it after "set by"
     *                 ({@code `dialect = "xm"` in /etc/xen/.xenlint.toml}); null for the command line's
     *                 {@code --dialect}
     * @param version  the Xen release the file targets, or null for the dialect's default
     */
    public static ConfigModel build(SyntaxTree tree, Dialect forced, String forcedBy, XenVersion version) {
        return build(tree, forced, forcedBy, version,
                tree.source().text().length() >= TWO_THREADS_FROM && PROCESSORS > 1);
    }

    /** As {@link #build(SyntaxTree, Dialect, String, XenVersion)}, the Python uses found on a second thread or not. */
    static ConfigModel build(SyntaxTree tree, Dialect forced, String forcedBy, XenVersion version, boolean twoThreads) {
        Executor exec = new Executor(tree);
        PythonUses uses = new PythonUses(tree);
        if (twoThreads) {
            uses.beside(exec);
        } else {
            exec.run();
            uses.run();
        }
        List<PythonUse> pythonUses = uses.found;

        Map<String, List<Assignment>> byName = new LinkedHashMap<>();
        for (Assignment a : exec.assignments) {
            List<Assignment> same = byName.get(a.key());
            if (same == null) { // no lambdas in this class: see StartupPathTest
                same = new ArrayList<>();
                byName.put(a.key(), same);
            }
            same.add(a);
        }
        KeyCatalogue catalogue = KeyCatalogue.get();
        Map<String, Setting> settings = new LinkedHashMap<>();
        Map<String, Setting> locals = new LinkedHashMap<>();
        for (var entry : byName.entrySet()) {
            String name = entry.getKey();
            Value effective = exec.env.get(name);
            Setting setting = new Setting(name, List.copyOf(entry.getValue()),
                    effective == null ? entry.getValue().get(entry.getValue().size() - 1).value() : effective);
            boolean local = exec.namesRead.contains(name) && catalogue.key(name) == null;
            (local ? locals : settings).put(name, setting);
        }
        settings = Collections.unmodifiableMap(settings);

        Dialect dialect;
        String reason;
        TextRange where = null;
        if (forced != null) {
            dialect = forced;
            reason = "set by " + (forcedBy != null ? forcedBy : "--dialect " + forced.id());
        } else {
            DialectDetector.Evidence evidence = DialectDetector.detect(tree, settings, pythonUses);
            dialect = evidence == null ? Dialect.XL : evidence.dialect();
            reason = evidence == null ? "only plain key = value assignments and no xm idioms" : evidence.reason();
            where = evidence == null ? null : evidence.range();
        }

        return new ConfigModel(tree, dialect, reason, where, settings, Collections.unmodifiableMap(locals), pythonUses,
                guest(tree, settings, dialect, version != null ? version : XenVersion.defaultFor(dialect)),
                listItems(settings.get("disk"), new Function<Value.Str, DiskSpec>() {
                    @Override
                    public DiskSpec apply(Value.Str s) {
                        return DiskSpec.parse(s, dialect);
                    }
                }),
                listItems(settings.get("vif"), new Function<Value.Str, KeyValueSpec>() {
                    @Override
                    public KeyValueSpec apply(Value.Str s) {
                        return KeyValueSpec.parse(s, dialect, KeyValueSpec.XlItems.FLAGS);
                    }
                }),
                listItems(settings.get("vfb"), new Function<Value.Str, KeyValueSpec>() {
                    @Override
                    public KeyValueSpec apply(Value.Str s) {
                        return KeyValueSpec.parse(s, dialect, KeyValueSpec.XlItems.STOP);
                    }
                }),
                bootOrders(settings.get("boot")),
                listItems(settings.get("pci"), new Function<Value.Str, PciSpec>() {
                    @Override
                    public PciSpec apply(Value.Str s) {
                        return PciSpec.parse(s);
                    }
                }),
                usbdevices(settings.get("usbdevice")));
    }

    /** The boot orders of the key's string values, in order (unmodifiable, as {@code Stream.toList} made them). */
    private static List<BootOrder> bootOrders(Setting boot) {
        if (boot == null) {
            return List.of();
        }
        List<BootOrder> out = new ArrayList<>();
        for (Value.Str s : boot.strings()) {
            out.add(BootOrder.parse(s));
        }
        return Collections.unmodifiableList(out);
    }

    /** Parses every string entry of a list key. */
    private static <T> List<T> listItems(Setting setting, Function<Value.Str, T> parse) {
        if (setting == null) {
            return List.of();
        }
        List<Value.Str> strings = setting.listStrings();
        List<T> out = new ArrayList<>(strings.size());
        for (Value.Str s : strings) { // a loop, not a stream: a short run (one file) interprets it
            out.add(parse.apply(s));
        }
        return Collections.unmodifiableList(out);
    }

    /** A key taking a string or a list of strings: the entries of both forms. */
    private static List<Field> usbdevices(Setting setting) {
        if (setting == null) {
            return List.of();
        }
        List<Field> out = new ArrayList<>();
        for (Value.Str s : setting.strings()) {
            out.add(Field.of(s));
        }
        for (Value.Str s : setting.listStrings()) {
            out.add(Field.of(s));
        }
        return List.copyOf(out);
    }

    private static GuestInfo guest(SyntaxTree tree, Map<String, Setting> settings, Dialect dialect,
                                   XenVersion version) {
        Setting type = settings.get("type");
        if (dialect == Dialect.XL) {
            return xlGuest(tree, type, settings.get("builder"), version);
        }
        Setting builder = settings.get("builder");
        if (builder != null) {
            // xm's HVM builder was called vmx until the HVM rename (d1bd157fbc, first in 3.0.2); from then on
            // xend refuses vmx (invalid-guest-type says so), but the file still describes an HVM guest
            GuestInfo info = fromKey(tree, builder, XM_BUILDER);
            boolean vmx = false;
            for (Value v : builder.candidates()) { // the first string candidate
                if (v instanceof Value.Str s) {
                    vmx = s.value().equals("vmx");
                    break;
                }
            }
            if (info != null && vmx) {
                info = new GuestInfo(info.type(), info.possible(), info.reason() + (version.before(3, 0, 2)
                        ? " (the HVM builder of Xen " + version + ")"
                        : " (the HVM builder before Xen 3.0.2; xend " + version + " refuses it)"), info.range());
            }
            if (info != null) {
                return info;
            }
        }
        return new GuestInfo(GuestType.PV, EnumSet.of(GuestType.PV), "default: no builder, so xm builds a PV guest",
                null);
    }

    /**
     * The guest type as xl of the target release reads it: {@code type} from
     * 4.10 on (before it xl does not read the key at all), then {@code builder}.
     * A value xl refuses leaves the type unknown: every type is possible, so no
     * rule claims what such a guest lacks.
     */
    private static GuestInfo xlGuest(SyntaxTree tree, Setting type, Setting builder, XenVersion version) {
        boolean readsType = version.atLeast(4, 10);
        if (type != null && readsType) {
            GuestInfo info = fromKey(tree, type, XL_TYPE);
            if (info != null) {
                return info;
            }
            GuestInfo refused = refused(tree, type, "xl refuses it");
            if (refused != null) {
                return refused;
            }
        }
        if (builder != null) {
            GuestInfo info = fromKey(tree, builder, new Function<String, GuestType>() {
                @Override
                public GuestType apply(String v) {
                    return xlBuilder(v, version);
                }
            });
            if (info != null) {
                return info;
            }
            GuestInfo refused = refused(tree, builder, "xl " + version + " refuses it");
            if (refused != null) {
                return refused;
            }
        }
        return new GuestInfo(GuestType.PV, EnumSet.of(GuestType.PV), readsType || type == null
                ? "default: no type or builder, so xl builds a PV guest (x86)"
                : "default: xl " + version + " does not read `type` (added in 4.10) and there is no builder, so it "
                        + "builds a PV guest (x86)", null);
    }

    /** A guest whose type xl refuses: unknown, every type possible; null when the key holds no string. */
    private static GuestInfo refused(SyntaxTree tree, Setting setting, String what) {
        for (Value v : setting.candidates()) {
            if (v instanceof Value.Str s) {
                return new GuestInfo(GuestType.PV, EnumSet.allOf(GuestType.class), setting.key() + " = "
                        + written(tree, s.range()) + ", which " + what + ": the guest type is unknown", s.range());
            }
        }
        return null;
    }

    /** xm's builder: hvm (or vmx, its name before 3.0.2) builds an HVM guest, anything else PV. */
    private static final Function<String, GuestType> XM_BUILDER = new Function<>() {
        @Override
        public GuestType apply(String v) {
            return v.equals("hvm") || v.equals("vmx") ? GuestType.HVM : GuestType.PV;
        }
    };

    private static final Function<String, GuestType> XL_TYPE = new Function<>() {
        @Override
        public GuestType apply(String v) {
            return xlType(v);
        }
    };

    private static GuestInfo fromKey(SyntaxTree tree, Setting setting, Function<String, GuestType> classify) {
        EnumSet<GuestType> possible = EnumSet.noneOf(GuestType.class);
        Value.Str first = null;
        for (Value v : setting.candidates()) {
            if (v instanceof Value.Str s) {
                GuestType t = classify.apply(s.value());
                if (t != null) {
                    possible.add(t);
                    first = first == null ? s : first;
                }
            }
        }
        if (first == null) {
            return null;
        }
        TextRange r = first.range();
        return new GuestInfo(classify.apply(first.value()), possible, setting.key() + " = " + written(tree, r), r);
    }

    /**
     * The string tokens of a value as written, one space apart: what {@code format} writes, so a reason
     * that quotes the value is the same in any layout ({@code 'a'"b"}, {@code ('a'\n 'b')}).
     */
    private static String written(SyntaxTree tree, TextRange r) {
        LogicalLine line = tree.lineAt(r.start());
        if (line == null) {
            return tree.source().slice(r);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = line.firstToken(); i <= line.lastToken(); i++) {
            Token t = tree.tokens().get(i);
            if (t.is(TokenKind.STRING) && r.start() <= t.range().start() && t.range().end() <= r.end()) {
                sb.append(sb.length() == 0 ? "" : " ").append(t.text());
            }
        }
        return sb.length() == 0 ? tree.source().slice(r) : sb.toString();
    }

    /**
     * xl's reading of {@code type}, or null when xl refuses it: each name is
     * matched with {@code strncmp(value, name, strlen(value))} in the order hvm,
     * pv, pvh (tools/xl/xl_parse.c:1410-1416 at c447b7308b), so any prefix of
     * "hvm" ("" and "h" too) is HVM, "p" is PV, and case matters.
     */
    public static GuestType xlType(String v) {
        if ("hvm".startsWith(v)) {
            return GuestType.HVM;
        } else if ("pv".startsWith(v)) {
            return GuestType.PV;
        } else if ("pvh".startsWith(v)) {
            return GuestType.PVH;
        }
        return null;
    }

    /**
     * xl's reading of {@code builder}, or null when xl refuses it. From Xen 4.10
     * (c7dfe4ac58, 2017-09-22, "xl: introduce a domain type option") a prefix of
     * "hvm" is HVM, else a prefix of "generic" PV, else xl stops with "Invalid
     * domain type" (tools/xl/xl_parse.c:1424-1433 at c447b7308b); so "" is HVM.
     * Before 4.10 a prefix of "hvm" is HVM and every other value PV
     * (tools/xl/xl_parse.c:855-857 at RELEASE-4.9.0).
     */
    public static GuestType xlBuilder(String v, XenVersion version) {
        if ("hvm".startsWith(v)) {
            return GuestType.HVM;
        }
        if (version.before(4, 10)) {
            return GuestType.PV;
        }
        return "generic".startsWith(v) ? GuestType.PV : null;
    }
}
