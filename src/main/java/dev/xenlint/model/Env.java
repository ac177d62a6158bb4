package dev.xenlint.model;

import dev.xenlint.text.TextRange;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names bound at one point of the static evaluation; forked at branches and merged after.
 *
 * <p>A fork holds only the names bound on its path and reads the others through the environment
 * it was forked from, which the executor leaves alone until it merges the forks back; a merge
 * looks at the names some path bound and no others. Forking and merging so cost what the branch
 * binds, not every name of the file: copying all of them made a file of many names and many `if`
 * blocks O(n^2) (issue 9). A fork more than {@link #MAX_CHAIN} forks deep (an `elif` chain forks
 * once per `elif`) copies what it sees instead, so that a look-up never walks a long chain.
 */
final class Env {

    /** Forks read through before one is made a copy. */
    static final int MAX_CHAIN = 16;

    /** The environment this one was forked from, or null for the file's own. */
    private final Env parent;
    /** Whether vars holds every name this environment sees (the file's own, or a copying fork). */
    private final boolean complete;
    private final int depth;
    /** Names bound here (a HashMap: nothing reads them in order). */
    private final Map<String, Value> vars;

    Env() {
        this(null, true, 0, new HashMap<>());
    }

    private Env(Env parent, boolean complete, int depth, Map<String, Value> vars) {
        this.parent = parent;
        this.complete = complete;
        this.depth = depth;
        this.vars = vars;
    }

    Value get(String name) {
        for (Env e = this; ; e = e.parent) {
            Value v = e.vars.get(name);
            if (v != null || e.complete) {
                return v;
            }
        }
    }

    void set(String name, Value value) {
        vars.put(name, value);
    }

    /** A path starting here; this environment must not change until the path is merged back. */
    Env fork() {
        if (depth < MAX_CHAIN) {
            return new Env(this, false, depth + 1, new HashMap<>());
        }
        return new Env(this, true, 0, new HashMap<>(visible()));
    }

    /** Every name this environment sees with its value. */
    private Map<String, Value> visible() {
        if (complete) {
            return vars;
        }
        Map<String, Value> all = new HashMap<>(parent.visible());
        all.putAll(vars);
        return all;
    }

    /**
     * Replaces this environment with the join of paths forked from it: a name bound differently
     * gets both options. A name no path bound keeps its value, which the join of identical
     * values would give it too.
     */
    void merge(List<Env> paths, TextRange at) {
        Set<String> names = new HashSet<>(); // the order does not matter: each name is joined on its own
        for (Env p : paths) {
            if (p.parent != this) {
                throw new IllegalArgumentException("a path merged where it was not forked");
            }
            names.addAll(p.vars.keySet());
        }
        for (String name : names) {
            Value first = paths.get(0).get(name);
            boolean same = true;
            for (Env p : paths) {
                same &= p.get(name) == first;
            }
            if (same && first != null) {
                vars.put(name, first);
                continue;
            }
            List<Value> options = new java.util.ArrayList<>(paths.size()); // a loop, not a stream: see StartupPathTest
            for (Env p : paths) {
                Value v = p.get(name);
                options.add(v != null ? v : new Value.Absent(at));
            }
            vars.put(name, Value.Alternatives.of(java.util.Collections.unmodifiableList(options)));
        }
    }
}
