package dev.xenlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.xenlint.text.TextRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlternativesTest {

    @Test
    void joinFlattensAndDropsRepeatsOfTheSameObjectAndOfAbsentOnly() {
        Value a = new Value.Int(1, new TextRange(0, 1));
        Value equalToA = new Value.Int(1, new TextRange(0, 1));   // equal, but another object: kept
        Value b = new Value.Int(2, new TextRange(5, 6));
        Value absent1 = new Value.Absent(new TextRange(2, 3));
        Value absent2 = new Value.Absent(new TextRange(8, 9));
        Value inner = new Value.Alternatives(List.of(b, a, absent2), new TextRange(0, 9));
        Value joined = Value.Alternatives.of(List.of(a, absent1, inner, equalToA, b));
        Value.Alternatives alt = assertInstanceOf(Value.Alternatives.class, joined);
        assertEquals(4, alt.options().size());
        assertSame(a, alt.options().get(0));
        assertSame(absent1, alt.options().get(1));
        assertSame(b, alt.options().get(2));
        assertSame(equalToA, alt.options().get(3));
        assertEquals(new TextRange(0, 6), alt.range());
    }

    @Test
    void oneOptionLeftIsThatOption() {
        Value a = new Value.Int(1, new TextRange(0, 1));
        assertSame(a, Value.Alternatives.of(List.of(a, a, new Value.Alternatives(List.of(a), a.range()))));
        Value absent = new Value.Absent(new TextRange(0, 0));
        assertSame(absent, Value.Alternatives.of(List.of(absent, new Value.Absent(new TextRange(3, 3)))));
    }

    @Test
    void joinsThatExtendTheSameOptionsDifferentlyEachKeepTheirOwn() {
        Value a = new Value.Int(1, new TextRange(0, 1));
        Value b = new Value.Int(2, new TextRange(2, 3));
        Value x = new Value.Int(3, new TextRange(10, 11));
        Value y = new Value.Int(4, new TextRange(4, 5));
        Value ab = Value.Alternatives.of(List.of(a, b));
        Value abx = Value.Alternatives.of(List.of(ab, x)); // extends ab's slots
        Value aby = Value.Alternatives.of(List.of(ab, y)); // ab's slots are taken: a copy
        assertEquals(List.of(a, b), ab.options());
        assertEquals(new TextRange(0, 3), ab.range());
        assertEquals(List.of(a, b, x), abx.options());
        assertEquals(new TextRange(0, 11), abx.range());
        assertEquals(List.of(a, b, y), aby.options());
        assertEquals(new TextRange(0, 5), aby.range());
        assertSame(abx, Value.Alternatives.of(List.of(abx, ab)));
        assertEquals(List.of(a, b, y, x), Value.Alternatives.of(List.of(aby, ab, abx)).options());
        assertEquals(List.of(b, a, x), Value.Alternatives.of(List.of(b, abx, aby.options().get(0))).options());
        assertThrows(UnsupportedOperationException.class, () -> abx.options().set(0, y));
    }

    @Test
    void anAbsentOptionIsARepeatOnlyOfOneHeldBeforeIt() {
        Value a = new Value.Int(1, new TextRange(0, 1));
        Value b = new Value.Int(2, new TextRange(2, 3));
        Value absent1 = new Value.Absent(new TextRange(5, 5));
        Value absent2 = new Value.Absent(new TextRange(7, 7));
        Value ab = Value.Alternatives.of(List.of(a, b));
        Value abAbsent = Value.Alternatives.of(List.of(ab, absent1));
        // ab's slots now go on with absent1, which ab itself does not hold
        Value abAbsent2 = Value.Alternatives.of(List.of(ab, absent2));
        assertEquals(List.of(a, b, absent1), abAbsent.options());
        assertSame(absent2, abAbsent2.options().get(2));
        assertSame(abAbsent, Value.Alternatives.of(List.of(abAbsent, absent2, ab)));
    }

    /** The join as it was written before the options were shared: every option copied. */
    private static List<Value> copyingJoin(List<Value> values) {
        List<Value> flat = new ArrayList<>();
        Set<Value> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean absent = false;
        for (Value v : values) {
            for (Value option : v.options()) {
                if (option instanceof Value.Absent ? !absent : seen.add(option)) {
                    absent |= option instanceof Value.Absent;
                    flat.add(option);
                }
            }
        }
        return flat;
    }

    @Test
    void sharedJoinsGiveWhatCopyingJoinsGave() {
        Random random = new Random(9);
        List<Value> made = new ArrayList<>();
        List<List<Value>> snapshots = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            List<Value> values = new ArrayList<>();
            int n = 1 + random.nextInt(3);
            for (int j = 0; j < n; j++) {
                int pick = made.isEmpty() ? -1 : random.nextInt(made.size() + 4) - 4;
                int at = random.nextInt(1000);
                values.add(pick >= 0 ? made.get(made.size() - 1 - pick / 8)
                        : pick == -1 ? new Value.Absent(new TextRange(at, at))
                        : new Value.Int(i, new TextRange(at, at + 1)));
            }
            List<Value> expected = copyingJoin(values);
            Value joined = Value.Alternatives.of(values);
            if (expected.size() == 1) {
                assertSame(expected.get(0), joined);
                continue;
            }
            List<Value> options = assertInstanceOf(Value.Alternatives.class, joined).options();
            assertEquals(expected.size(), options.size());
            TextRange range = expected.get(0).range();
            for (int k = 0; k < expected.size(); k++) {
                assertSame(expected.get(k), options.get(k));
                range = range.cover(expected.get(k).range());
            }
            assertEquals(range, joined.range());
            made.add(joined);
            snapshots.add(List.copyOf(options));
        }
        for (int i = 0; i < made.size(); i++) { // what later joins appended to shared slots changed no earlier list
            List<Value> options = made.get(i).options();
            assertEquals(snapshots.get(i).size(), options.size());
            for (int k = 0; k < options.size(); k++) {
                assertSame(snapshots.get(i).get(k), options.get(k));
            }
        }
    }
}
