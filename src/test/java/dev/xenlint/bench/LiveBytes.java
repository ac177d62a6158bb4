package dev.xenlint.bench;

import dev.xenlint.analysis.Analysis;
import dev.xenlint.analysis.LintOptions;
import dev.xenlint.analysis.Linter;
import dev.xenlint.text.SourceText;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What one analysis holds on to: for each file given (or each file of a directory given, such as
 * {@code target/benchmark/large} after {@code bin/benchmark --large}), the heap its {@link Analysis}
 * keeps reachable (measured after full collections, with the analysis held and then dropped), the
 * bytes the analysing thread allocated on the way (not those of the second thread that parses half of
 * a long file's lines), and its findings. Unlike a time, these figures do not move with the
 * machine's load, and on a file with a finding on every line nearly everything allocated stays live
 * to the end, so the collector's copying and the page faults of a growing heap (most of such a run's
 * time) follow the first figure. Run with
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.xenlint.bench.LiveBytes PATH...}.
 */
public final class LiveBytes {
    private static volatile Object held;

    public static void main(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        System.out.printf("%-32s %9s %9s %10s %11s %11s%n", "file", "KB", "findings", "live MB", "live B/B", "alloc MB*");
        long totalLive = 0;
        long totalBytes = 0;
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            SourceText source = SourceText.decode(f.toString(), bytes);
            Linter.analyze(source, LintOptions.DEFAULT); // classes loaded, tables built: not counted
            long live = 0;
            long allocated = 0;
            int findings = 0;
            for (int round = 0; round < 3; round++) { // the first measurement after the warm-up is a little off; the later ones agree
                long[] once = once(source, memory, threads);
                live = once[0];
                allocated = once[1];
                findings = (int) once[2];
            }
            totalLive += live;
            totalBytes += bytes.length;
            System.out.printf("%-32s %9d %9d %10.1f %11.1f %11.1f%n", f.getFileName(), bytes.length / 1024, findings,
                    live / 1e6, (double) live / Math.max(1, bytes.length), allocated / 1e6);
        }
        System.out.printf("%-32s %9d %9s %10.1f %11.1f%n", "all", totalBytes / 1024, "", totalLive / 1e6,
                (double) totalLive / Math.max(1, totalBytes));
        System.out.println("* by this thread: a file of 128 KiB or more has half its lines parsed on another");
    }

    /**
     * One analysis: the heap it keeps, the bytes it allocated and its findings. A method of its own, so that
     * no local of the caller's still holds an earlier analysis when the heap is measured.
     */
    private static long[] once(SourceText source, MemoryMXBean memory, com.sun.management.ThreadMXBean threads) {
        long before = used(memory);
        long a0 = threads.getCurrentThreadAllocatedBytes();
        held = Linter.analyze(source, LintOptions.DEFAULT);
        long allocated = threads.getCurrentThreadAllocatedBytes() - a0;
        long with = used(memory);
        int findings = ((Analysis) held).diagnostics().size();
        held = null;
        return new long[] {Math.max(0, with - before), allocated, findings};
    }

    private static long used(MemoryMXBean memory) {
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) { // until a collection frees nothing more
            System.gc();
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= last) {
                return now;
            }
            last = now;
        }
        return last;
    }
}
