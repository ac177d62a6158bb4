package dev.xenlint.model;

/**
 * A Xen release a configuration file targets, like ruff's target-version: what
 * xm or xl reads, and how, changed across releases, so rules whose truth
 * depends on the release ask {@link #atLeast}.
 *
 * @param major e.g. 4
 * @param minor e.g. 19
 * @param patch 0 when not given
 */
public record XenVersion(int major, int minor, int patch) implements Comparable<XenVersion> {

    /** The newest xl release tagged in Xen's history (RELEASE-4.22.0): the default for xl files. */
    public static final XenVersion NEWEST_XL = new XenVersion(4, 22, 0);
    /** The last release that shipped xend and xm (xend was removed for 4.5): the default for xm files. */
    public static final XenVersion LAST_XEND = new XenVersion(4, 4, 0);
    /** The oldest release xenlint knows anything about. */
    public static final XenVersion OLDEST = new XenVersion(3, 0, 0);

    public XenVersion {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("negative version component");
        }
    }

    /** The default target for a dialect when none is configured. */
    public static XenVersion defaultFor(Dialect dialect) {
        return dialect == Dialect.XM ? LAST_XEND : NEWEST_XL;
    }

    /**
     * Parses {@code X.Y} or {@code X.Y.Z} (decimal, no signs or spaces).
     *
     * @return the version, or null when the text is not of that form
     */
    public static XenVersion parse(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length < 2 || parts.length > 3) {
            return null;
        }
        int[] n = new int[3];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 4) {
                return null;
            }
            for (int j = 0; j < p.length(); j++) {
                if (p.charAt(j) < '0' || p.charAt(j) > '9') {
                    return null;
                }
            }
            n[i] = Integer.parseInt(p);
        }
        return new XenVersion(n[0], n[1], n[2]);
    }

    /**
     * Why a configured version is refused, or null when it is fine: it must
     * read X.Y or X.Y.Z and name a release from 3.0 to the newest xl.
     */
    public static String check(String text) {
        XenVersion v = parse(text);
        if (v == null) {
            return "must read X.Y or X.Y.Z (e.g. \"4.19\" or \"3.0.3\"), not \"" + text + "\"";
        }
        if (v.compareTo(OLDEST) < 0 || v.major > NEWEST_XL.major
                || v.major == NEWEST_XL.major && v.minor > NEWEST_XL.minor) {
            return "must be a Xen release from " + OLDEST + " to " + NEWEST_XL + ", not " + text;
        }
        return null;
    }

    public boolean atLeast(int major, int minor, int patch) {
        return compareTo(new XenVersion(major, minor, patch)) >= 0;
    }

    public boolean atLeast(int major, int minor) {
        return atLeast(major, minor, 0);
    }

    public boolean before(int major, int minor, int patch) {
        return !atLeast(major, minor, patch);
    }

    public boolean before(int major, int minor) {
        return before(major, minor, 0);
    }

    @Override
    public int compareTo(XenVersion o) {
        if (major != o.major) {
            return Integer.compare(major, o.major);
        }
        if (minor != o.minor) {
            return Integer.compare(minor, o.minor);
        }
        return Integer.compare(patch, o.patch);
    }

    /** {@code 4.19} or {@code 3.0.3}: the patch level only when it is not 0. */
    @Override
    public String toString() {
        return patch == 0 ? major + "." + minor : major + "." + minor + "." + patch;
    }
}
