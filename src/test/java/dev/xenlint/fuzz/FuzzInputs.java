package dev.xenlint.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The fuzzer's mutated inputs, for tests in other packages (the parser's equivalence test). */
public final class FuzzInputs {

    private FuzzInputs() {
    }

    /** {@code count} inputs of the seeded {@link Mutator} over the fuzzer's corpus. */
    public static List<byte[]> mutated(long seed, int count) {
        Mutator mutator = new Mutator(FuzzTest.corpus());
        Random r = new Random(seed);
        List<byte[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(mutator.next(r));
        }
        return out;
    }
}
