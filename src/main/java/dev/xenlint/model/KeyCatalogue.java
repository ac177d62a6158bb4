package dev.xenlint.model;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Every key xm or xl reads from a domain configuration, loaded once from
 * {@code keys.tsv}: how each toolstack treats it, the guest types and value
 * type it takes, allowed values and defaults (from the option tables of Xen's
 * source), the xl key replacing an xm-only one and the one of the same meaning,
 * the xm defaults {@code convert} writes out, and a description.
 */
public final class KeyCatalogue {

    /** How one toolstack treats a key. */
    public enum Support {
        /** Read and documented. */
        READ,
        /** Read but not documented (xl only). */
        UNDOCUMENTED,
        /** A command-line switch of {@code xm create} that a file may also set. */
        CLI,
        /** Read by older xm versions, removed before the last one. */
        REMOVED,
        /** Known to the other toolstack only; this one ignores it. */
        IGNORED,
        /** Not known at all. */
        UNKNOWN;

        /** Whether the toolstack acts on the key. */
        public boolean isRead() {
            return this == READ || this == UNDOCUMENTED || this == CLI;
        }
    }

    /** The type of value a key takes, as the catalogue's {@code type} column names it. */
    public enum ValueType {
        BOOL("bool"), BOOL01("bool01"), INT("int"), LONG("long"), STRING("string"), ENUM_STRING("enum-string"),
        PATH("path"), LIST("list"), LIST_OF_INT("list-of-int"), LIST_OF_STRING("list-of-string"),
        NESTED_LIST("nested list"), ANY("any");

        private final String id;

        ValueType(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** An integer ({@code int}, {@code long}). */
        public boolean isNumber() {
            return this == INT || this == LONG;
        }

        /** A flag written as a number ({@code bool}, {@code bool01}). */
        public boolean isBoolean() {
            return this == BOOL || this == BOOL01;
        }

        /** A single string ({@code string}, {@code path}, {@code enum-string}). */
        public boolean isString() {
            return this == STRING || this == PATH || this == ENUM_STRING;
        }

        public boolean isList() {
            return this == LIST || this == LIST_OF_INT || this == LIST_OF_STRING || this == NESTED_LIST;
        }

        static ValueType of(String id) {
            for (ValueType t : values()) {
                if (t.id.equals(id)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("keys.tsv: unknown value type `" + id + "`");
        }
    }

    /**
     * The value types a key takes: one ({@code int}), alternatives ({@code string or list-of-string}),
     * or one with a deprecated alternative still read ({@code enum-string (int deprecated)}).
     *
     * @param accepted   the types taken, in the catalogue's order
     * @param deprecated a type still read but deprecated, or null
     */
    public record TypeSpec(List<ValueType> accepted, ValueType deprecated) {
        public TypeSpec {
            accepted = List.copyOf(accepted);
        }

        /** The one type taken, or null when there are alternatives (deprecated ones included). */
        public ValueType single() {
            return accepted.size() == 1 && deprecated == null ? accepted.get(0) : null;
        }

        /** The first type named. */
        public ValueType first() {
            return accepted.get(0);
        }

        /** Whether any type named, deprecated ones included, is of this kind. */
        public boolean mentions(Predicate<ValueType> kind) {
            for (int i = 0, n = accepted.size(); i < n; i++) { // no stream per rule, setting and file
                if (kind.test(accepted.get(i))) {
                    return true;
                }
            }
            return deprecated != null && kind.test(deprecated);
        }

        /** As the catalogue writes it ({@code enum-string (int deprecated)}). */
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (ValueType t : accepted) {
                sb.append(sb.length() == 0 ? "" : " or ").append(t.id());
            }
            return deprecated == null ? sb.toString() : sb + " (" + deprecated.id() + " deprecated)";
        }

        @Override
        public String toString() {
            return text();
        }

        static TypeSpec parse(String text) {
            ValueType deprecated = null;
            String rest = text;
            int paren = rest.indexOf(" (");
            if (paren >= 0) {
                if (!rest.endsWith(" deprecated)")) {
                    throw new IllegalArgumentException("keys.tsv: unknown type `" + text + "`");
                }
                deprecated = ValueType.of(rest.substring(paren + 2, rest.length() - " deprecated)".length()));
                rest = rest.substring(0, paren);
            }
            List<ValueType> accepted = new java.util.ArrayList<>();
            // the parts between " or "s, without compiling the pattern String.split would (an empty part,
            // from a line ending in " or ", is an unknown type: the catalogue fails to load, loudly)
            for (int from = 0; ; ) {
                int or = rest.indexOf(" or ", from);
                accepted.add(ValueType.of(or < 0 ? rest.substring(from) : rest.substring(from, or)));
                if (or < 0) {
                    break;
                }
                from = or + " or ".length();
            }
            return new TypeSpec(accepted, deprecated);
        }
    }

    /** An architecture a key is limited to. */
    public enum Arch {
        ANY, X86, ARM
    }

    /**
     * The guests a key applies to.
     *
     * @param types   the guest types
     * @param arch    the architecture it is limited to, or {@link Arch#ANY}
     * @param display a top-level display key ({@code hvm+vfb}): HVM guests, and for xl from 4.4 also a PV
     *                guest with {@code vnc = 1} and no vfb (xl then builds one); never PVH
     */
    public record Guests(Set<GuestType> types, Arch arch, boolean display) {
        public Guests {
            types = Collections.unmodifiableSet(EnumSet.copyOf(types));
        }

        /** Every guest on every architecture ({@code all}). */
        public boolean all() {
            return arch == Arch.ANY && !display && types.size() == GuestType.values().length;
        }

        /** HVM guests and no others ({@code hvm}; not the display keys). */
        public boolean hvmOnly() {
            return !display && types.equals(EnumSet.of(GuestType.HVM));
        }

        /** As the catalogue writes it ({@code all}, {@code hvm,pvh}, {@code hvm+vfb}, {@code arm}). */
        public String text() {
            if (arch != Arch.ANY) {
                return arch.name().toLowerCase(Locale.ROOT);
            }
            if (display) {
                return "hvm+vfb";
            }
            if (all()) {
                return "all";
            }
            StringBuilder sb = new StringBuilder();
            for (GuestType t : List.of(GuestType.HVM, GuestType.PV, GuestType.PVH)) {
                if (types.contains(t)) {
                    sb.append(sb.length() == 0 ? "" : ",").append(t.id());
                }
            }
            return sb.toString();
        }

        @Override
        public String toString() {
            return text();
        }

        static Guests parse(String text) {
            switch (text) {
                case "all" -> {
                    return new Guests(EnumSet.allOf(GuestType.class), Arch.ANY, false);
                }
                case "x86", "arm" -> {
                    return new Guests(EnumSet.allOf(GuestType.class), Arch.valueOf(text.toUpperCase(Locale.ROOT)),
                            false);
                }
                case "hvm+vfb" -> {
                    return new Guests(EnumSet.of(GuestType.HVM), Arch.ANY, true);
                }
                default -> {
                    Set<GuestType> types = EnumSet.noneOf(GuestType.class);
                    for (String part : text.split(",")) {
                        types.add(switch (part) {
                            case "hvm" -> GuestType.HVM;
                            case "pv" -> GuestType.PV;
                            case "pvh" -> GuestType.PVH;
                            default -> throw new IllegalArgumentException("keys.tsv: unknown guest `" + text + "`");
                        });
                    }
                    return new Guests(types, Arch.ANY, false);
                }
            }
        }
    }

    /**
     * One key.
     *
     * @param guest         the guests it applies to
     * @param type          the value types it takes
     * @param xlReplacement the xl key that takes over from an xm-only key, or null
     * @param allowed       allowed values or range, or null when not a short value
     * @param xmDefault     xm's value when the key is absent, or null
     * @param xlDefault     xl's value when the key is absent, or null
     * @param description   what the key does, in a line
     * @param xlSame        the xl key with the same meaning, which an xm-only key's value converts to, or null
     *                      (narrower than {@code xlReplacement}: {@code vcpu_avail} has a replacement, no equal)
     * @param writtenDefault when convert writes xm's default for the key because xl's differs: the comment
     *                      it writes with it, or null when it does not
     * @param writtenIf     the key that must be set for {@code writtenDefault} to apply, or null
     */
    public record Key(String name, Support xm, Support xl, Guests guest, TypeSpec type, String xlReplacement,
                      String allowed, String xmDefault, String xlDefault, String description, String xlSame,
                      String writtenDefault, String writtenIf) {
        public Support support(Dialect dialect) {
            return dialect == Dialect.XM ? xm : xl;
        }

        /**
         * xm's default as an xl literal ({@code 128}, {@code "restart"}), for writing out a default that
         * xl does not share; null when the catalogue gives no default or describes it in words
         * ({@code None (0)}, {@code config file basename}).
         */
        public String xmDefaultLiteral() {
            return literal(xmDefault, type);
        }

        /** xl's default as an xl literal, or null (as {@link #xmDefaultLiteral()}). */
        public String xlDefaultLiteral() {
            return literal(xlDefault, type);
        }

        private static String literal(String value, TypeSpec type) {
            ValueType t = type.single();
            if (value == null || value.isEmpty() || t == null) {
                return null;
            }
            boolean digits = true; // loops, not a stream's lambdas: see StartupPathTest
            boolean word = true;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                boolean digit = c >= '0' && c <= '9';
                digits &= digit;
                word &= digit || c >= 'a' && c <= 'z' || c == '_' || c == '-';
            }
            if (t.isNumber() || t.isBoolean()) {
                return digits ? value : null;
            }
            return (t == ValueType.STRING || t == ValueType.ENUM_STRING) && word ? XlLiteral.quote(value) : null;
        }
    }

    private static final KeyCatalogue INSTANCE = load();

    /**
     * The catalogue's lines, one per key in the file's order (a key listed twice has its last line, at
     * its first place), each parsed into its {@link Key} on first use: a file names a few dozen of the
     * 260 keys, and a short run (one check) parsed them all at start-up, 5-10 ms of interpreted code.
     */
    private final String[] lines;
    private final Map<String, Integer> indexOf;
    private final Key[] parsed; // filled on first use; a race parses a line twice into equal keys
    private volatile Collection<Key> all;

    private KeyCatalogue(String[] lines, Map<String, Integer> indexOf) {
        this.lines = lines;
        this.indexOf = indexOf;
        this.parsed = new Key[lines.length];
    }

    public static KeyCatalogue get() {
        return INSTANCE;
    }

    public Key key(String name) {
        Integer i = indexOf.get(name);
        return i == null ? null : parsed(i);
    }

    public Collection<Key> all() {
        Collection<Key> keys = all;
        if (keys == null) {
            List<Key> list = new java.util.ArrayList<>(lines.length);
            for (int i = 0; i < lines.length; i++) {
                list.add(parsed(i));
            }
            keys = Collections.unmodifiableList(list);
            all = keys;
        }
        return keys;
    }

    /** Whether the dialect's toolstack reads this key. */
    public boolean isRead(String name, Dialect dialect) {
        Key k = key(name);
        return k != null && k.support(dialect).isRead();
    }

    private Key parsed(int i) {
        Key k = parsed[i];
        if (k == null) {
            k = parse(lines[i]);
            parsed[i] = k;
        }
        return k;
    }

    private static Key parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 13) {
            throw new IllegalStateException("keys.tsv: " + f.length + " columns, not 13, for " + f[0]);
        }
        return new Key(f[0], support(f[1]), support(f[2]), Guests.parse(f[3]), TypeSpec.parse(f[4]),
                orNull(f[5]), orNull(f[6]), orNull(f[7]), orNull(f[8]), f[9], orNull(f[10]), orNull(f[12]),
                orNull(f[11]));
    }

    /**
     * The catalogue from keys.tsv's lines, which the build puts into {@link KeysTsv} (comments and blank
     * lines left out): no resource to open (a run whose classes all come from the class-data archive
     * otherwise opens the jar only for this) and no 26 KB of text to scan for line ends in interpreted
     * code; 5.4 ms of a one-file check on JDK 17 (issue 14).
     */
    private static KeyCatalogue load() {
        String[] all = KeysTsv.LINES;
        List<String> lines = new java.util.ArrayList<>(all.length);
        Map<String, Integer> indexOf = new java.util.HashMap<>(all.length * 2);
        for (String line : all) {
            int tab = line.indexOf('\t');
            String name = tab < 0 ? line : line.substring(0, tab);
            Integer first = indexOf.putIfAbsent(name, lines.size());
            if (first != null) {
                lines.set(first, line);
            } else {
                lines.add(line);
            }
        }
        return new KeyCatalogue(lines.toArray(new String[0]), indexOf);
    }

    private static String orNull(String s) {
        return "-".equals(s) ? null : s;
    }

    private static Support support(String s) {
        return switch (s) {
            case "read" -> Support.READ;
            case "undocumented" -> Support.UNDOCUMENTED;
            case "cli" -> Support.CLI;
            case "removed" -> Support.REMOVED;
            case "ignored" -> Support.IGNORED;
            default -> Support.UNKNOWN;
        };
    }
}
