package dev.xenlint.model;

import dev.xenlint.text.TextRange;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The options of a {@link Value.Alternatives} made by a join: a run of slots of a buffer that
 * only ever grows at its two ends, so that a join which extends the options of an earlier one (a
 * name kept on one path and given a new value on another: `if`, `for` and `try` all join so,
 * the new value before the old ones or after them) shares that earlier join's slots instead of
 * copying them, and a join with a value whose options are a run of the ones held already skips
 * them without looking at each. A file of n `if` blocks each adding an option to one name then
 * costs O(n), not O(n^2) (issue 9).
 *
 * <p>A slot of a list is never written again, so each list is immutable although the buffer
 * behind it grows; only a list that spans its whole buffer is extended in place (so a buffer
 * never holds an option twice), any other is copied into a new buffer first. The order of the options and which repeats are
 * dropped are exactly those of a join that copies: first occurrence kept, a repeat being the same
 * object or a second {@link Value.Absent}.
 */
final class OptionList extends AbstractList<Value> implements RandomAccess {

    /** Options held before a buffer indexes them by identity; below it a scan is cheaper. */
    private static final int INDEXED_FROM = 8;
    /** Parent buffers looked through for a shared run before a value's options are checked one by one. */
    private static final int PARENTS_LOOKED_AT = 4;
    private static final int NONE = Integer.MIN_VALUE;

    private final Value[] items;
    /** Index in items of the first option. */
    private final int offset;
    /** Slots [from, to) of the buffer. */
    private final int from;
    private final int to;
    private final Buffer buffer;

    private OptionList(Buffer buffer, int from, int to) {
        this.items = buffer.items;
        this.offset = buffer.base + from;
        this.from = from;
        this.to = to;
        this.buffer = buffer;
    }

    @Override
    public Value get(int index) {
        Objects.checkIndex(index, to - from);
        return items[offset + index];
    }

    @Override
    public int size() {
        return to - from;
    }

    private static OptionList shared(Value v) {
        return v instanceof Value.Alternatives a && a.options() instanceof OptionList o ? o : null;
    }

    /** Joins values as {@link Value.Alternatives#of} describes. */
    static Value join(List<Value> values) {
        // the anchor: the value with the most options in shared slots; the options before it
        // are put in front of its slots when none of them is one of its own
        int anchor = -1;
        int most = 0;
        for (int i = 0; i < values.size(); i++) {
            OptionList o = shared(values.get(i));
            if (o != null && o.size() > most) {
                anchor = i;
                most = o.size();
            }
        }
        Joiner joiner = new Joiner();
        int next = 0;
        if (anchor >= 0) {
            OptionList a = shared(values.get(anchor));
            List<Value> before = new ArrayList<>();
            Joiner seen = new Joiner();
            for (int i = 0; i < anchor; i++) {
                for (Value option : values.get(i).options()) {
                    if (seen.addBack(option)) {
                        before.add(option);
                    }
                }
            }
            boolean apart = true;
            for (Value option : before) {
                apart &= !a.buffer.holds(option, a.from, a.to);
            }
            if (apart) {
                joiner.adopt(a, values.get(anchor).range());
                for (int i = before.size() - 1; i >= 0; i--) {
                    joiner.addFront(before.get(i));
                }
                next = anchor + 1;
            }
        }
        for (int i = next; i < values.size(); i++) {
            joiner.add(values.get(i));
        }
        int size = joiner.to - joiner.from;
        if (size == 0) {
            throw new IllegalArgumentException("a join of no values");
        }
        Buffer b = joiner.buffer;
        if (size == 1) {
            return b.items[b.base + joiner.from];
        }
        if (anchor >= 0) {
            OptionList a = shared(values.get(anchor));
            if (a != null && a.buffer == b && a.from == joiner.from && a.to == joiner.to) {
                return values.get(anchor); // nothing added to the anchor's options: the same alternatives
            }
        }
        return new Value.Alternatives(new OptionList(b, joiner.from, joiner.to), joiner.range);
    }

    /** The options joined so far: slots [from, to) of buffer, and the range covering them. */
    private static final class Joiner {
        Buffer buffer;
        int from;
        int to;
        TextRange range;

        void adopt(OptionList o, TextRange r) {
            buffer = o.buffer;
            from = o.from;
            to = o.to;
            range = r;
        }

        void add(Value v) {
            OptionList o = shared(v);
            if (o != null) {
                if (buffer == null) {
                    adopt(o, v.range());
                    return;
                }
                if (holdsAll(o)) {
                    return;
                }
            }
            for (Value option : v.options()) {
                addBack(option);
            }
        }

        /** Whether every option of o is known to be held, from where its slots came from alone. */
        private boolean holdsAll(OptionList o) {
            Buffer b = buffer;
            int lo = from;
            int hi = to;
            for (int step = 0; ; step++) {
                if (b == o.buffer) {
                    return lo <= o.from && o.to <= hi;
                }
                if (b.parent == null || step == PARENTS_LOOKED_AT) {
                    return false;
                }
                lo = Math.max(lo, b.forkedFrom); // b's slots [forkedFrom, forkedTo) are its parent's
                hi = Math.min(hi, b.forkedTo);
                b = b.parent;
            }
        }

        /** Adds option after the others unless it is a repeat; whether it was added. */
        boolean addBack(Value option) {
            if (buffer == null) {
                buffer = new Buffer(null, 0, 0);
            } else if (buffer.holds(option, from, to)) {
                return false;
            }
            own();
            buffer.putBack(option);
            to++;
            range = range == null ? option.range() : range.cover(option.range());
            return true;
        }

        /** Adds option, known not to be a repeat, before the others. */
        void addFront(Value option) {
            own();
            buffer.putFront(option);
            from--;
            range = range.cover(option.range());
        }

        /** Makes the held slots the whole of the buffer, copying them when other slots are in it. */
        private void own() {
            if (buffer.lo != from || buffer.hi != to) {
                buffer = buffer.copyOf(from, to);
            }
        }
    }

    /** Slots shared by the option lists of joins that extend one another; none holds an option twice. */
    private static final class Buffer {
        Value[] items = new Value[8];
        /** Slot p is items[base + p]. */
        int base = 4;
        /** The slots in use: [lo, hi). */
        int lo;
        int hi;
        /** The slot of each option (Absent ones apart) once there are INDEXED_FROM of them; null before. */
        IdentityHashMap<Value, Integer> index;
        int absentAt = NONE;
        /** The buffer whose slots [forkedFrom, forkedTo) this one's are, or null. */
        final Buffer parent;
        final int forkedFrom;
        final int forkedTo;

        Buffer(Buffer parent, int forkedFrom, int forkedTo) {
            this.parent = parent;
            this.forkedFrom = forkedFrom;
            this.forkedTo = forkedTo;
            this.lo = forkedFrom;
            this.hi = forkedFrom;
        }

        /** Whether option is a repeat of one in slots [from, to). */
        boolean holds(Value option, int from, int to) {
            int at;
            if (option instanceof Value.Absent) {
                at = absentAt;
            } else if (index != null) {
                Integer slot = index.get(option);
                at = slot == null ? NONE : slot;
            } else {
                for (int p = from; p < to; p++) {
                    if (items[base + p] == option) {
                        return true;
                    }
                }
                return false;
            }
            return at != NONE && from <= at && at < to;
        }

        void putBack(Value option) {
            if (base + hi == items.length) {
                grow();
            }
            items[base + hi] = option;
            noted(option, hi);
            hi++;
        }

        void putFront(Value option) {
            if (base + lo == 0) {
                grow();
            }
            lo--;
            items[base + lo] = option;
            noted(option, lo);
        }

        /** A larger array with as much room before the slots in use as after them. */
        private void grow() {
            int n = hi - lo;
            Value[] next = new Value[2 * n + 8];
            int nextBase = (next.length - n) / 2 - lo;
            System.arraycopy(items, base + lo, next, nextBase + lo, n);
            items = next;
            base = nextBase;
        }

        private void noted(Value option, int slot) {
            if (option instanceof Value.Absent) {
                absentAt = slot;
            } else if (index != null) {
                index.put(option, slot);
            } else if (hi - lo + (slot == hi ? 1 : 0) >= INDEXED_FROM) {
                index = new IdentityHashMap<>();
                for (int p = Math.min(lo, slot); p <= Math.max(hi - 1, slot); p++) {
                    if (!(items[base + p] instanceof Value.Absent)) {
                        index.put(items[base + p], p);
                    }
                }
            }
        }

        /** A new buffer holding slots [from, to) of this one, at the same slots. */
        Buffer copyOf(int from, int to) {
            Buffer b = new Buffer(this, from, to);
            for (int p = from; p < to; p++) {
                b.putBack(items[base + p]);
            }
            return b;
        }
    }
}
