package dev.xenlint.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of a list of comma-separated {@code key=value} items: {@code vif},
 * {@code vfb}, {@code channel}, {@code vtpm}, ... (both toolstacks), plus
 * xl's bare flags such as {@code trusted}.
 *
 * <p>{@link #parse} trims each key and value, as xm does (Python's
 * {@code strip()}). {@link #parseXl} reads an item exactly as xl reads vif,
 * vfb and vtpm items (tools/xl/xl_parse.c at c447b7308b, 2404-2433, 2587-2606,
 * 2622-2671): {@code strtok} on commas (so empty items vanish), only leading
 * blanks skipped, the key is everything before the first {@code =} and the
 * value everything after it, spaces included; so {@code "mac = 00:16:3e:00:00:01"}
 * has the key {@code "mac "}, which xl does not know.
 *
 * @param entries   every item in order (the last of a repeated key wins); a flag maps to an entry with a null value
 * @param stoppedAt for vfb and vtpm in xl: the item without {@code =} where xl stops reading the entry
 *                  (the items after it are not in {@code entries}); else null
 */
public record KeyValueSpec(Value.Str source, Map<String, Entry> entries, List<SpecProblem> problems, Field stoppedAt) {

    /** One {@code key=value} item; {@code value} is null for a bare flag. */
    public record Entry(Field key, Field value) {
    }

    /** How xl treats an item without {@code =}. */
    public enum XlItems {
        /** vif: an item without {@code =} is a flag ({@code trusted}) or an unknown option. */
        FLAGS,
        /** vfb, vtpm: an item without {@code =} ends the entry. */
        STOP
    }

    public KeyValueSpec(Value.Str source, Map<String, Entry> entries, List<SpecProblem> problems) {
        this(source, entries, problems, null);
    }

    public Field get(String key) {
        Entry e = entries.get(key);
        return e == null ? null : e.value();
    }

    public static KeyValueSpec parse(Value.Str value) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<SpecProblem> problems = new ArrayList<>();
        Field whole = Field.of(value);
        if (whole.trim().isEmpty()) {
            return new KeyValueSpec(value, entries, problems);
        }
        for (Field item : whole.split(',')) {
            if (item.isEmpty()) {
                continue;
            }
            int eq = item.indexOf('=');
            Field key = eq < 0 ? item : item.sub(0, eq).trim();
            Field val = eq < 0 ? null : item.sub(eq + 1, item.text().length()).trim();
            String name = key.text();
            if (entries.containsKey(name)) {
                problems.add(SpecProblem.at(key, "`" + name + "` is given twice in one entry"));
            }
            entries.put(name, new Entry(key, val));
        }
        return new KeyValueSpec(value, entries, List.copyOf(problems));
    }

    /** The items as the dialect's toolstack reads them: exactly as xl does, or trimmed as xm does. */
    public static KeyValueSpec parse(Value.Str value, dev.xenlint.model.Dialect dialect, XlItems items) {
        return dialect == dev.xenlint.model.Dialect.XL ? parseXl(value, items) : parse(value);
    }

    /** The items exactly as xl reads a vif, vfb or vtpm entry (see the class comment). */
    public static KeyValueSpec parseXl(Value.Str value, XlItems items) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<SpecProblem> problems = new ArrayList<>();
        String text = value.value();
        Field stop = null;
        int i = 0;
        while (i < text.length()) {
            int end = text.indexOf(',', i);
            end = end < 0 ? text.length() : end;
            int start = i;
            i = end + 1;
            while (start < end && text.charAt(start) == ' ') {
                start++;
            }
            if (start == end) {
                continue; // strtok skips empty items; an item of blanks is an empty option
            }
            Field item = new Field(value, start, end);
            int eq = item.indexOf('=');
            if (eq < 0 && items == XlItems.STOP) {
                stop = item;
                break;
            }
            Field key = eq < 0 ? item : item.sub(0, eq);
            Field val = eq < 0 ? null : item.sub(eq + 1, end - start);
            String name = key.text();
            Entry before = entries.get(name);
            if (before != null) {
                problems.add(SpecProblem.at(key, "`" + name + "` is given twice in one entry"));
                if (val == null && before.value() != null) {
                    // `type=vif,type`: xl matches `type=` only, skips the bare `type` as unknown, and keeps `vif`
                    continue;
                }
            }
            entries.put(name, new Entry(key, val));
        }
        return new KeyValueSpec(value, entries, List.copyOf(problems), stop);
    }
}
