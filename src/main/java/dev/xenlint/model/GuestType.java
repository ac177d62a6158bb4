package dev.xenlint.model;

import java.util.Locale;

/** The kind of guest, from {@code type} (xl) or {@code builder} (xm and old xl files). */
public enum GuestType {
    PV, PVH, HVM;

    // computed once: id() is asked per setting, finding and file (issue 14)
    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }
}
