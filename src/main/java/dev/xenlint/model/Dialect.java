package dev.xenlint.model;

import java.util.Locale;

/** Which toolstack reads the file: xm executed it as Python 2, xl parses a strict subset. */
public enum Dialect {
    XM, XL;

    // computed once: id() is asked per setting, finding and file (issue 14)
    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }

    /** Parses "xm" or "xl" (any case); returns null for anything else. */
    public static Dialect parse(String text) {
        for (Dialect d : values()) {
            if (d.id().equalsIgnoreCase(text)) {
                return d;
            }
        }
        return null;
    }
}
