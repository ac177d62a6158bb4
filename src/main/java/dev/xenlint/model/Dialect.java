package dev.xenlint.model;

import java.util.Locale;

/** Which toolstack reads the file: xm executed it as Python 2, xl parses a strict subset. */
public enum Dialect {
    XM, XL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
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
