package dev.xenlint.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every key xm or xl reads from a domain configuration, loaded once from
 * {@code keys.tsv}: how each toolstack treats it, the guest types and value
 * type it takes, allowed values and defaults (from the option tables of Xen's
 * source), the xl key replacing an xm-only one, and a description.
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

    /**
     * One key.
     *
     * @param guest         guest types it applies to ("all", "hvm", "pv,pvh", ...)
     * @param type          value type ("int", "string", "list-of-string", "bool01", ...)
     * @param xlReplacement the xl key that takes over from an xm-only key, or null
     * @param allowed       allowed values or range, or null when not a short value
     * @param xmDefault     xm's value when the key is absent, or null
     * @param xlDefault     xl's value when the key is absent, or null
     * @param description   what the key does, in a line
     */
    public record Key(String name, Support xm, Support xl, String guest, String type, String xlReplacement,
                      String allowed, String xmDefault, String xlDefault, String description) {
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

        private static String literal(String value, String type) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            boolean digits = value.chars().allMatch(c -> c >= '0' && c <= '9');
            boolean word = value.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-');
            return switch (type) {
                case "int", "long", "bool", "bool01" -> digits ? value : null;
                case "string", "enum-string" -> word ? XlLiteral.quote(value) : null;
                default -> null;
            };
        }
    }

    private static final KeyCatalogue INSTANCE = load();

    private final Map<String, Key> keys;

    private KeyCatalogue(Map<String, Key> keys) {
        this.keys = Collections.unmodifiableMap(keys);
    }

    public static KeyCatalogue get() {
        return INSTANCE;
    }

    public Key key(String name) {
        return keys.get(name);
    }

    public Collection<Key> all() {
        return keys.values();
    }

    /** Whether the dialect's toolstack reads this key. */
    public boolean isRead(String name, Dialect dialect) {
        Key k = keys.get(name);
        return k != null && k.support(dialect).isRead();
    }

    private static KeyCatalogue load() {
        Map<String, Key> keys = new LinkedHashMap<>();
        try (InputStream in = KeyCatalogue.class.getResourceAsStream("keys.tsv")) {
            if (in == null) {
                throw new IllegalStateException("keys.tsv missing from the xenlint jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                keys.put(f[0], new Key(f[0], support(f[1]), support(f[2]), f[3], f[4], orNull(f[5]), orNull(f[6]),
                        orNull(f[7]), orNull(f[8]), f[9]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KeyCatalogue(keys);
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
