package dev.xenlint.bench;

import dev.xenlint.analysis.LintOptions;
import dev.xenlint.analysis.Linter;
import dev.xenlint.text.SourceText;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Thread CPU time (and bytes allocated) per KB of the full analysis over {@link CorpusBenchmark}'s sample (the first
 * files of {@link Corpus} seed 42 that reach 1,000 KB), in one JVM after warming up: a steadier
 * figure than JMH's wall clock on a loaded machine. Run with
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.xenlint.bench.CpuPerKb [ROUNDS]}
 * (default 40; the last line gives the median and the best of the second half of the rounds: C2 needs tens
 * of rounds to finish, so 15 rounds measure the JIT more than the code). Only the analysing thread's CPU
 * time counts: the collector's and the compiler's threads are not in it.
 */
public final class CpuPerKb {
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        List<SourceText> sample = new ArrayList<>();
        long bytes = 0;
        for (Corpus.Entry e : Corpus.generate(42, 2000)) {
            if (bytes >= (long) CorpusBenchmark.SAMPLE_KB * CorpusBenchmark.KB) {
                break;
            }
            byte[] b = e.text().getBytes(StandardCharsets.UTF_8);
            sample.add(SourceText.decode(e.name(), b));
            bytes += b.length;
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) mx;
        long sink = 0;
        double[] perKb = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = mx.getCurrentThreadCpuTime();
            long a0 = alloc.getCurrentThreadAllocatedBytes();
            for (SourceText s : sample) {
                sink += Linter.analyze(s, LintOptions.DEFAULT).diagnostics().size();
            }
            long t = mx.getCurrentThreadCpuTime() - t0;
            long a = alloc.getCurrentThreadAllocatedBytes() - a0;
            perKb[r] = t / 1000.0 / CorpusBenchmark.SAMPLE_KB;
            System.out.printf("round %d: %.1f us CPU per KB, %.1f KB allocated per KB%n", r,
                    perKb[r], a / 1024.0 / CorpusBenchmark.SAMPLE_KB);
        }
        // the second half of the rounds, when the optimising compiler has had its time (it takes tens of rounds)
        double[] late = java.util.Arrays.copyOfRange(perKb, rounds / 2, rounds);
        java.util.Arrays.sort(late);
        if (late.length > 0) {
            System.out.printf("rounds %d-%d: median %.1f, best %.1f us CPU per KB%n", rounds / 2, rounds - 1,
                    late[late.length / 2], late[0]);
        }
        System.out.println(sink == 42 ? "" : "done");
    }
}
