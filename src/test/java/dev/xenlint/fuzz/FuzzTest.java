package dev.xenlint.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.xenlint.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzzer of the test suite (issue 9): seeded mutations of the test data and of the rule
 * documents' examples, each checked against {@link Invariants} through the engine's entry points.
 * {@code mvn verify} runs {@value #DEFAULT_COUNT} inputs; a longer run:
 * <pre>
 *   mvn -B -ntp test -Dtest=FuzzTest -Dxenlint.fuzz.count=200000 -Dxenlint.fuzz.seed=7
 * </pre>
 * and one input again: {@code -Dxenlint.fuzz.seed=7 -Dxenlint.fuzz.only=12345}. A failure prints
 * the seed, the index, the exact input and a minimised one (also written under {@code target/fuzz/}),
 * ready to become a case of {@link FuzzRegressionTest}.
 */
class FuzzTest {

    static final int DEFAULT_COUNT = 1_500;
    static final long DEFAULT_SEED = 20261202L;
    /** Distinct failures collected before the run stops. */
    private static final int MAX_FAILURES = 8;

    @Test
    void mutatedInputsKeepEveryInvariant(@TempDir Path root) {
        int count = Integer.getInteger("xenlint.fuzz.count", DEFAULT_COUNT);
        long seed = Long.getLong("xenlint.fuzz.seed", DEFAULT_SEED);
        Integer only = Integer.getInteger("xenlint.fuzz.only");
        Mutator mutator = new Mutator(corpus());
        Invariants invariants = new Invariants(root);
        Map<String, String> failures = new LinkedHashMap<>(); // invariant and place -> report
        long started = System.nanoTime();
        long slowest = 0;
        int slowestIndex = -1;
        int slowestSize = 0;
        int from = only == null ? 0 : only;
        int to = only == null ? count : only + 1;
        for (int i = from; i < to && failures.size() < MAX_FAILURES; i++) {
            Random r = new Random(seed * 1_000_003L + i);
            int variant = r.nextInt(Invariants.VARIANTS);
            byte[] input = input(mutator, r);
            long t0 = System.nanoTime();
            String problem = invariants.check(input, variant);
            long took = System.nanoTime() - t0;
            if (took > slowest) {
                slowest = took;
                slowestIndex = i;
                slowestSize = input.length;
            }
            if (problem != null && !failures.containsKey(signature(problem))) {
                failures.put(signature(problem), report(invariants, seed, i, variant, input, problem));
                System.err.println(failures.get(signature(problem)));
            }
            if (only == null && (i + 1) % 10_000 == 0) {
                System.err.printf("fuzz: %d inputs, %d failures, %.0f s%n", i + 1, failures.size(),
                        (System.nanoTime() - started) / 1e9);
            }
        }
        System.err.printf("fuzz: seed %d, inputs %d..%d, %d distinct failures, %.1f s (slowest: input %d, %d bytes,"
                + " %.0f ms)%n", seed, from, to - 1, failures.size(), (System.nanoTime() - started) / 1e9, slowestIndex,
                slowestSize, slowest / 1e6);
        if (!failures.isEmpty()) {
            fail(failures.size() + " invariant(s) broken:\n\n" + String.join("\n\n", failures.values()));
        }
    }

    @Test
    void theMutatorIsDeterministic() {
        Mutator mutator = new Mutator(corpus());
        for (int i = 0; i < 50; i++) {
            assertEquals(java.util.Arrays.toString(input(mutator, new Random(i))),
                    java.util.Arrays.toString(input(mutator, new Random(i))));
        }
    }

    /** Mostly a mutated corpus file; now and then random bytes or nothing at all. */
    private static byte[] input(Mutator mutator, Random r) {
        int kind = r.nextInt(50);
        if (kind == 0) {
            return new byte[0];
        }
        if (kind == 1) {
            byte[] b = new byte[r.nextInt(2000)];
            r.nextBytes(b);
            return b;
        }
        return mutator.next(r);
    }

    /** The invariant and where it broke, without the numbers: one report per kind of failure. */
    static String signature(String problem) {
        String kind = problem.substring(0, Math.max(0, problem.indexOf(':')));
        java.util.regex.Matcher at = java.util.regex.Pattern.compile(" at (dev\\.xenlint[^ ]*)").matcher(problem);
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("XC\\d{3}").matcher(problem);
        String what = problem.substring(problem.lastIndexOf('(') + 1).replaceAll("[^a-z -]", "");
        return kind + " " + (at.find() ? at.group(1) : "") + " " + (code.find() ? code.group() : "") + " " + what;
    }

    private static String report(Invariants invariants, long seed, int index, int variant, byte[] input,
                                 String problem) {
        String same = signature(problem);
        byte[] small = Minimiser.minimise(input, b -> {
            String p = invariants.check(b, variant);
            return p != null && signature(p).equals(same);
        }, 1_000);
        String smallProblem = invariants.check(small, variant);
        Path dir = Path.of("target", "fuzz");
        String name = "seed" + seed + "-input" + index;
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".bin"), input);
            Files.write(dir.resolve(name + ".min.bin"), small);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "fuzz failure: " + problem
                + "\n  again:     mvn -B -ntp test -Dtest=FuzzTest -Dxenlint.fuzz.seed=" + seed
                + " -Dxenlint.fuzz.only=" + index
                + "\n  variant:   " + variant + " (" + Invariants.describe(variant) + ")"
                + "\n  input:     " + input.length + " bytes, " + dir.resolve(name + ".bin")
                + (input.length <= 2_000 ? "\n             " + Escape.bytes(input) : "")
                + "\n  minimised: " + small.length + " bytes, " + dir.resolve(name + ".min.bin")
                + "\n             " + (small.length <= 4_000 ? Escape.bytes(small) : "(too long to print)")
                + "\n  which:     " + smallProblem;
    }

    /** Every test data file and every example of the rule documents. */
    static List<byte[]> corpus() {
        List<byte[]> out = new ArrayList<>();
        for (Path p : TestFiles.all()) {
            out.add(TestFiles.bytes(p));
        }
        try (Stream<Path> docs = Files.list(Path.of("rules"))) {
            for (Path doc : docs.filter(p -> p.getFileName().toString().matches("XC\\d+-.*\\.md")).sorted().toList()) {
                for (String example : examples(Files.readString(doc))) {
                    out.add(example.getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The fenced {@code cfg} blocks of a rule document. */
    private static List<String> examples(String document) {
        List<String> out = new ArrayList<>();
        StringBuilder block = null;
        for (String line : document.split("\n", -1)) {
            if (block == null && line.startsWith("```cfg")) {
                block = new StringBuilder();
            } else if (block != null && line.startsWith("```")) {
                out.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return out;
    }
}
