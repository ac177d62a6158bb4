package dev.xenlint.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A top-level key with every assignment to it, in order, and its effective
 * value: what the toolstack sees once the whole file has been read. When the
 * key was assigned in branches of an {@code if} with a dynamic condition the
 * effective value has one candidate per branch.
 *
 * @param candidates the values the key may have, worked out from {@code effective} by the
 *                   three-argument constructor: absent-on-some-path options are left out (see
 *                   {@link #mayBeUnset()}). Unmodifiable; made once, since rules ask for it many
 *                   times per file (about 40 callers).
 */
public record Setting(String key, List<Assignment> assignments, Value effective, List<Value> candidates) {

    public Setting(String key, List<Assignment> assignments, Value effective) {
        this(key, assignments, effective, candidatesOf(effective));
    }

    private static List<Value> candidatesOf(Value effective) {
        if (!(effective instanceof Value.Alternatives)) {
            return effective instanceof Value.Absent ? List.of() : List.of(effective);
        }
        List<Value> out = new ArrayList<>();
        for (Value v : effective.options()) {
            if (!(v instanceof Value.Absent)) {
                out.add(v);
            }
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** Whether some path through the file leaves the key unset. */
    public boolean mayBeUnset() {
        if (!(effective instanceof Value.Alternatives)) {
            return effective instanceof Value.Absent;
        }
        for (Value v : effective.options()) {
            if (v instanceof Value.Absent) {
                return true;
            }
        }
        return false;
    }

    /** The string candidates (a key set to a single string on some path). */
    public List<Value.Str> strings() {
        if (!(effective instanceof Value.Alternatives)) {
            return effective instanceof Value.Str s ? List.of(s) : List.of(); // one value: no candidates list
        }
        List<Value.Str> out = new ArrayList<>();
        for (Value v : candidates()) {
            if (v instanceof Value.Str s) {
                out.add(s);
            }
        }
        return out;
    }

    /** The string entries of the list candidates, each entry once (branches may share entries). */
    public List<Value.Str> listStrings() {
        java.util.Set<Value> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Value.Str> out = new ArrayList<>();
        for (Value v : candidates()) {
            if (v instanceof Value.ListValue list) {
                for (Value item : list.items()) {
                    if (item instanceof Value.Str s && seen.add(s)) {
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }

    public Assignment first() {
        return assignments.get(0);
    }

    public Assignment last() {
        return assignments.get(assignments.size() - 1);
    }
}
