package dev.xenlint.workspace;

import dev.xenlint.model.Dialect;
import dev.xenlint.model.XenVersion;
import java.util.List;

/**
 * What the person running xenlint asked for on top of the configuration files: a dialect
 * ({@code --dialect}), a rule selection that replaces the file's ({@code --select}) and rules to
 * ignore in addition ({@code --ignore}).
 *
 * @param dialect the dialect to force, or null to take the configuration's (or detect)
 * @param select  replaces {@code select} of the configuration; null keeps it
 * @param ignore  added to {@code ignore} of the configuration (never null)
 * @param xenVersion the Xen release to target ({@code --xen-version}), or null to take the configuration's
 */
public record Overrides(Dialect dialect, List<String> select, List<String> ignore, XenVersion xenVersion) {

    public static final Overrides NONE = new Overrides(null, null, List.of(), null);

    public Overrides(Dialect dialect, List<String> select, List<String> ignore) {
        this(dialect, select, ignore, null);
    }

    public Overrides {
        select = select == null ? null : List.copyOf(select);
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
    }

    public Overrides withDialect(Dialect d) {
        return new Overrides(d, select, ignore, xenVersion);
    }

    public Overrides withXenVersion(XenVersion v) {
        return new Overrides(dialect, select, ignore, v);
    }
}
