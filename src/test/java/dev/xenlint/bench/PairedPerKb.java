package dev.xenlint.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Warm CPU time per KB of two or more builds of xenlint side by side in one JVM: each build's classes in
 * a class loader of their own, the rounds over {@link CpuPerKb}'s sample alternating between them (first
 * to last, then last to first), so that whatever else the machine does falls on all of them alike. Prints
 * each build's median of the second half of the rounds and, for each build after the first, the median of
 * its per-round ratio to the first: the figure to quote when a change must not make the analysis (and so
 * the language server) slower. On a shared two-core machine the ratio moves by 1-3 % between runs where
 * separate JVMs' medians move by 30 %.
 *
 * <p>Each build is a tree (a worktree of another commit, say) where
 * {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} has run. Run with
 * {@code java -cp target/test-classes dev.xenlint.bench.PairedPerKb 500 ../base .} (the optimising
 * compiler needs a few hundred rounds to settle on two cores: use 500).
 */
public final class PairedPerKb {

    private PairedPerKb() {
    }

    /** One build: its analysis entry point, reached by reflection, and the sample decoded by its own classes. */
    private static final class Build {
        final String name;
        final Method analyze;
        final Method diagnostics;
        final Object options;
        final List<Object> sample = new ArrayList<>();

        Build(Path tree) throws Exception {
            name = tree.toAbsolutePath().normalize().toString();
            List<URL> urls = new ArrayList<>();
            urls.add(tree.resolve("target/test-classes").toUri().toURL());
            urls.add(tree.resolve("target/classes").toUri().toURL());
            for (String jar : Files.readString(tree.resolve("target/cp.txt")).trim().split(java.io.File.pathSeparator)) {
                urls.add(Path.of(jar).toUri().toURL());
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> source = loader.loadClass("dev.xenlint.text.SourceText");
            Class<?> lintOptions = loader.loadClass("dev.xenlint.analysis.LintOptions");
            options = lintOptions.getField("DEFAULT").get(null);
            analyze = loader.loadClass("dev.xenlint.analysis.Linter").getMethod("analyze", source, lintOptions);
            diagnostics = analyze.getReturnType().getMethod("diagnostics");
            Method decode = source.getMethod("decode", String.class, byte[].class);
            Class<?> corpus = loader.loadClass("dev.xenlint.bench.Corpus");
            Class<?> entry = loader.loadClass("dev.xenlint.bench.Corpus$Entry");
            Method text = entry.getMethod("text");
            Method entryName = entry.getMethod("name");
            Method generate = corpus.getMethod("generate", long.class, int.class);
            text.setAccessible(true); // Corpus is package-private
            entryName.setAccessible(true);
            generate.setAccessible(true);
            long bytes = 0;
            for (Object e : (List<?>) generate.invoke(null, 42L, 2000)) {
                if (bytes >= (long) CorpusBenchmark.SAMPLE_KB * CorpusBenchmark.KB) {
                    break;
                }
                byte[] b = ((String) text.invoke(e)).getBytes(StandardCharsets.UTF_8);
                sample.add(decode.invoke(null, entryName.invoke(e), b));
                bytes += b.length;
            }
        }

        long round() throws Exception {
            long findings = 0;
            for (Object s : sample) {
                findings += ((List<?>) diagnostics.invoke(analyze.invoke(null, s, options))).size();
            }
            return findings;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: PairedPerKb ROUNDS TREE TREE...   (each TREE built: target/classes, test-classes, cp.txt)");
            System.exit(2);
        }
        int rounds = Integer.parseInt(args[0]);
        List<Build> builds = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            try {
                builds.add(new Build(Path.of(args[i])));
            } catch (IOException | ReflectiveOperationException e) {
                System.err.println("cannot load the build in " + args[i] + ": " + e);
                System.exit(2);
            }
        }
        long[] findings = new long[builds.size()];
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[][] perKb = new double[builds.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < builds.size(); k++) {
                int b = r % 2 == 0 ? k : builds.size() - 1 - k;
                long t0 = mx.getCurrentThreadCpuTime();
                findings[b] = builds.get(b).round();
                perKb[b][r] = (mx.getCurrentThreadCpuTime() - t0) / 1000.0 / CorpusBenchmark.SAMPLE_KB;
            }
        }
        int from = rounds / 2;
        for (int b = 0; b < builds.size(); b++) {
            double[] late = Arrays.copyOfRange(perKb[b], from, rounds);
            Arrays.sort(late);
            System.out.printf("%s: median %.1f, best %.1f us CPU per KB (rounds %d-%d), %d findings per round%n",
                    builds.get(b).name, late[late.length / 2], late[0], from, rounds - 1, findings[b]);
        }
        for (int b = 1; b < builds.size(); b++) {
            double[] ratio = new double[rounds - from];
            for (int r = from; r < rounds; r++) {
                ratio[r - from] = perKb[b][r] / perKb[0][r];
            }
            Arrays.sort(ratio);
            System.out.printf("%s / %s: paired ratio median %.3f (quartiles %.3f-%.3f)%n", builds.get(b).name,
                    builds.get(0).name, ratio[ratio.length / 2], ratio[ratio.length / 4], ratio[3 * ratio.length / 4]);
        }
    }
}
