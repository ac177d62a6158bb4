package dev.xenlint.model;

import dev.xenlint.text.TextRange;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The options of a {@link Value.Alternatives} made by a join: the first {@code size} slots of a
 * buffer that only ever grows at its end, so that a join which extends the options of an earlier
 * one (a name kept on one path and given a new value on another: `if`, `for` and `try` all join
 * so) shares that earlier join's slots instead of copying them, and a join with a value whose
 * options are a prefix of the ones held already skips them without looking at each. A file of
 * n `if` blocks each adding an option to one name then costs O(n), not O(n^2) (issue 9).
 *
 * <p>A slot below a list's size is never written again, so each list is immutable although the
 * buffer behind it grows; a join that would extend a buffer another join has extended already
 * copies its prefix into a new buffer first. The order of the options and which repeats are
 * dropped are exactly those of a join that copies: first occurrence kept, a repeat being the same
 * object or a second {@link Value.Absent}.
 */
final class OptionList extends AbstractList<Value> implements RandomAccess {

    /** Options held before a buffer indexes them by identity; below it a scan is cheaper. */
    private static final int INDEXED_FROM = 8;
    /** Parent buffers looked through for a shared prefix before a value's options are checked one by one. */
    private static final int PARENTS_LOOKED_AT = 4;

    private final Value[] items;
    private final int size;
    private final Buffer buffer;

    private OptionList(Value[] items, int size, Buffer buffer) {
        this.items = items;
        this.size = size;
        this.buffer = buffer;
    }

    @Override
    public Value get(int index) {
        Objects.checkIndex(index, size);
        return items[index];
    }

    @Override
    public int size() {
        return size;
    }

    /** Joins values as {@link Value.Alternatives#of} describes. */
    static Value join(List<Value> values) {
        Joiner joiner = new Joiner();
        Value first = null;
        for (Value v : values) {
            if (first == null) {
                first = v;
            }
            joiner.add(v);
        }
        if (joiner.size == 0) {
            throw new IllegalArgumentException("a join of no values");
        }
        if (joiner.size == 1) {
            return joiner.buffer.items[0];
        }
        if (first instanceof Value.Alternatives a && a.options() instanceof OptionList o
                && o.buffer == joiner.buffer && o.size == joiner.size) {
            return first; // nothing added to the first value's options: the same alternatives
        }
        Buffer b = joiner.buffer;
        return new Value.Alternatives(new OptionList(b.items, joiner.size, b), b.cover[joiner.size - 1]);
    }

    /** The options joined so far: the first {@code size} slots of {@code buffer}. */
    private static final class Joiner {
        Buffer buffer;
        int size;

        void add(Value v) {
            if (v instanceof Value.Alternatives a && a.options() instanceof OptionList o) {
                if (buffer == null) {
                    buffer = o.buffer;
                    size = o.size;
                    return;
                }
                if (holdsAll(o)) {
                    return;
                }
            }
            for (Value option : v.options()) {
                addOption(option);
            }
        }

        /** Whether every option of o is known to be held, from where its slots came from alone. */
        private boolean holdsAll(OptionList o) {
            Buffer b = buffer;
            int limit = size;
            for (int step = 0; ; step++) {
                if (b == o.buffer) {
                    return o.size <= limit;
                }
                if (b.parent == null || step == PARENTS_LOOKED_AT) {
                    return false;
                }
                limit = Math.min(limit, b.forkedAt); // b's first forkedAt slots are its parent's
                b = b.parent;
            }
        }

        private void addOption(Value option) {
            if (buffer == null) {
                buffer = new Buffer(null, 0);
            } else if (buffer.holds(option, size)) {
                return;
            }
            if (buffer.used != size) {
                buffer = buffer.copyOf(size); // another join has extended this buffer beyond our options
            }
            buffer.append(option);
            size++;
        }
    }

    /** Slots shared by the option lists of joins that extend one another. */
    private static final class Buffer {
        Value[] items = new Value[4];
        /** cover[i]: the range covering the options in slots 0..i. */
        TextRange[] cover = new TextRange[4];
        int used;
        /** The slot of each option (Absent ones apart) once there are INDEXED_FROM of them; null before. */
        IdentityHashMap<Value, Integer> index;
        int firstAbsent = -1;
        /** The buffer this one's first forkedAt slots were copied from, or null. */
        final Buffer parent;
        final int forkedAt;

        Buffer(Buffer parent, int forkedAt) {
            this.parent = parent;
            this.forkedAt = forkedAt;
        }

        /** Whether option is a repeat of one in slots 0..size-1. */
        boolean holds(Value option, int size) {
            if (option instanceof Value.Absent) {
                return firstAbsent >= 0 && firstAbsent < size;
            }
            if (index != null) {
                Integer at = index.get(option);
                return at != null && at < size;
            }
            for (int i = 0; i < size; i++) {
                if (items[i] == option) {
                    return true;
                }
            }
            return false;
        }

        void append(Value option) {
            if (used == items.length) {
                items = Arrays.copyOf(items, used * 2);
                cover = Arrays.copyOf(cover, used * 2);
            }
            items[used] = option;
            cover[used] = used == 0 ? option.range() : cover[used - 1].cover(option.range());
            if (option instanceof Value.Absent) {
                if (firstAbsent < 0) {
                    firstAbsent = used;
                }
            } else if (index != null) {
                index.put(option, used);
            }
            used++;
            if (index == null && used >= INDEXED_FROM) {
                index = new IdentityHashMap<>();
                for (int i = 0; i < used; i++) {
                    if (!(items[i] instanceof Value.Absent)) {
                        index.put(items[i], i);
                    }
                }
            }
        }

        /** A new buffer holding slots 0..size-1 of this one. */
        Buffer copyOf(int size) {
            Buffer b = new Buffer(this, size);
            for (int i = 0; i < size; i++) {
                b.append(items[i]);
            }
            return b;
        }
    }
}
