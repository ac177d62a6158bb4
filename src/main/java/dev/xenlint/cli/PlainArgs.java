package dev.xenlint.cli;

import dev.xenlint.engine.Inputs;
import java.util.ArrayList;
import java.util.List;

/**
 * A command line of the plain forms a hook or an editor passes, read without picocli: building picocli's
 * model and parser (and, on JDK 17, the method-handle machinery its regular expressions start) is a fifth
 * of a one-file run's time. The plain forms are paths (not starting with '-' or '@', or '-' alone), the
 * command's flags without a value, and its valued options with a plain value (the next argument, or after
 * '='), each option at most once, and at least one path. Anything else (help, @-files, '--', a value
 * starting with '-' or '@', an empty one, a repeated or unknown option, no path) is not plain: the caller
 * then leaves the whole line to picocli, which parses it and says what is wrong. The caller checks the
 * values it converts and hands a value picocli would refuse or read otherwise to picocli too.
 */
final class PlainArgs {

    /** The paths, in order. */
    final List<String> paths = new ArrayList<>();
    /** For each of the command's flags, whether it was given. */
    final boolean[] flags;
    /** For each of the command's valued options, its value, or null. */
    final String[] values;

    private PlainArgs(int flagCount, int valueCount) {
        flags = new boolean[flagCount];
        values = new String[valueCount];
    }

    /**
     * {@code args[from..]} read with the flags {@code flagNames} and the valued options {@code valueNames}
     * (long names; {@code -v} stands for {@code --verbose}), or null when they are not all plain.
     */
    static PlainArgs read(String[] args, int from, String[] flagNames, String[] valueNames) {
        PlainArgs out = new PlainArgs(flagNames.length, valueNames.length);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = from; i < args.length; i++) {
            String a = args[i];
            if (a.isEmpty() || a.charAt(0) == '@') {
                return null;
            }
            if (a.charAt(0) != '-' || a.equals(Inputs.STDIN)) {
                out.paths.add(a);
                continue;
            }
            String name = a;
            String inline = null;
            int eq = a.indexOf('=');
            if (eq > 0) {
                name = a.substring(0, eq);
                inline = a.substring(eq + 1);
            }
            if (name.equals("-v")) {
                name = "--verbose";
            }
            if (!seen.add(name)) {
                return null;
            }
            int flag = indexOf(flagNames, name);
            if (flag >= 0) {
                if (inline != null) {
                    return null;
                }
                out.flags[flag] = true;
                continue;
            }
            int valued = indexOf(valueNames, name);
            if (valued < 0) {
                return null;
            }
            String v;
            if (inline != null) {
                v = inline;
            } else if (i + 1 < args.length) {
                v = args[++i];
            } else {
                return null;
            }
            if (v.isEmpty() || v.charAt(0) == '-' || v.charAt(0) == '@') {
                return null;
            }
            out.values[valued] = v;
        }
        return out.paths.isEmpty() ? null : out;
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A comma-separated list as picocli splits it, or null (for picocli to read) when the value has a quote,
     * a backslash (picocli's quoting) or an empty item; null for null.
     */
    static List<String> commaList(String value) {
        if (value == null || value.indexOf('"') >= 0 || value.indexOf('\\') >= 0 || value.startsWith(",")
                || value.endsWith(",") || value.contains(",,")) {
            return null;
        }
        List<String> items = new ArrayList<>();
        int start = 0;
        for (int comma = value.indexOf(','); comma >= 0; comma = value.indexOf(',', start)) {
            items.add(value.substring(start, comma));
            start = comma + 1;
        }
        items.add(value.substring(start));
        return items;
    }

    /** The path {@code value} names, or null (for picocli, which says why) when it is not one; null for null. */
    static java.nio.file.Path path(String value) {
        if (value == null) {
            return null;
        }
        try {
            return java.nio.file.Path.of(value);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** The constant named exactly {@code name} (picocli also takes other cases: those go to picocli). */
    static <E extends Enum<E>> E named(E[] values, String name) {
        for (E e : values) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
