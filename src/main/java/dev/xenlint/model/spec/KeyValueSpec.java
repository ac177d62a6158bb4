package dev.xenlint.model.spec;

import dev.xenlint.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of a list of comma-separated {@code key=value} items: {@code vif},
 * {@code vfb}, {@code channel}, {@code vtpm}, ... (both toolstacks), plus
 * xl's bare flags such as {@code trusted}.
 *
 * @param entries every item in order; a flag maps to an entry with a null value
 */
public record KeyValueSpec(Value.Str source, Map<String, Entry> entries, List<SpecProblem> problems) {

    /** One {@code key=value} item; {@code value} is null for a bare flag. */
    public record Entry(Field key, Field value) {
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
            if (entries.containsKey(key.text())) {
                problems.add(SpecProblem.at(key, "`" + key.text() + "` is given twice in one entry"));
            }
            entries.put(key.text(), new Entry(key, val));
        }
        return new KeyValueSpec(value, entries, List.copyOf(problems));
    }
}
