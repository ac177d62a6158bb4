package dev.xenlint.model;

import java.util.Locale;

/** The kind of guest, from {@code type} (xl) or {@code builder} (xm and old xl files). */
public enum GuestType {
    PV, PVH, HVM;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
