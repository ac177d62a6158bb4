package dev.xenlint.lint;

import java.util.Locale;

/** How serious a finding is; ordered from least to most serious. */
public enum Severity {
    INFO, WARNING, ERROR;

    // computed once: id() is asked per setting, finding and file (issue 14)
    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }

    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }

    public static Severity parse(String text) {
        for (Severity s : values()) {
            if (s.id().equalsIgnoreCase(text)) {
                return s;
            }
        }
        return null;
    }
}
