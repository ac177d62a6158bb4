package dev.xenlint.model;

import dev.xenlint.text.TextRange;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Names bound at one point of the static evaluation; forked at branches and merged after. */
final class Env {

    private final Map<String, Value> vars;

    Env() {
        this.vars = new LinkedHashMap<>();
    }

    private Env(Map<String, Value> vars) {
        this.vars = new LinkedHashMap<>(vars);
    }

    Value get(String name) {
        return vars.get(name);
    }

    void set(String name, Value value) {
        vars.put(name, value);
    }

    Env fork() {
        return new Env(vars);
    }

    /** Replaces this environment with the join of two paths: a name bound differently gets both options. */
    void merge(List<Env> paths, TextRange at) {
        Set<String> names = new LinkedHashSet<>(vars.keySet());
        for (Env p : paths) {
            names.addAll(p.vars.keySet());
        }
        for (String name : names) {
            Value first = paths.get(0).vars.get(name);
            boolean same = true;
            for (Env p : paths) {
                same &= p.vars.get(name) == first;
            }
            if (same && first != null) {
                vars.put(name, first);
                continue;
            }
            List<Value> options = paths.stream()
                    .map(p -> p.vars.getOrDefault(name, new Value.Absent(at)))
                    .toList();
            vars.put(name, Value.Alternatives.of(options));
        }
    }
}
