package dev.xenlint.bench;

import dev.xenlint.analysis.Analysis;
import dev.xenlint.analysis.LintOptions;
import dev.xenlint.analysis.Linter;
import dev.xenlint.model.ModelBuilder;
import dev.xenlint.syntax.ConfigParser;
import dev.xenlint.text.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Warm, in-process cost per KB of configuration over the generated corpus ({@link Corpus}, seed 42:
 * xl and xm files of 0.5-8 KB, some with Python): the first files that together reach 1,000 KB
 * (1,024,000 bytes, overshooting by less than one file), so that the {@code perKb*} scores are
 * microseconds per KB. {@code oneMegabyteFile} analyses one file of just under 1 MB
 * (10^6 bytes) made of the corpus's xl entries
 * (milliseconds per file). Run with
 * {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} and
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main CorpusBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CorpusBenchmark {

    static final int KB = 1024;
    static final int SAMPLE_KB = 1000;

    private final List<SourceText> sample = new ArrayList<>();
    private SourceText oneMegabyte;

    @Setup
    public void generate() {
        long bytes = 0;
        StringBuilder big = new StringBuilder();
        for (Corpus.Entry e : Corpus.generate(42, 2000)) {
            if (bytes < (long) SAMPLE_KB * KB) {
                byte[] b = e.text().getBytes(StandardCharsets.UTF_8);
                sample.add(SourceText.decode(e.name(), b));
                bytes += b.length;
            }
            // xl files only (one dialect), up to 1 MB (10^6 bytes; xenlint reads files of up to 1 MiB)
            if (e.name().endsWith(".cfg") && big.length() + e.text().length() <= 1_000_000) {
                big.append(e.text());
            }
        }
        oneMegabyte = SourceText.decode("big.cfg", big.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Lexing and parsing. */
    @Benchmark
    @OperationsPerInvocation(SAMPLE_KB)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void perKbParse(Blackhole bh) {
        for (SourceText s : sample) {
            bh.consume(ConfigParser.parse(s));
        }
    }

    /** Lexing, parsing and the model (evaluation, typed values). */
    @Benchmark
    @OperationsPerInvocation(SAMPLE_KB)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void perKbParseAndModel(Blackhole bh) {
        for (SourceText s : sample) {
            bh.consume(ModelBuilder.build(ConfigParser.parse(s), null));
        }
    }

    /** Everything a check does for one file: parse, model and every rule. */
    @Benchmark
    @OperationsPerInvocation(SAMPLE_KB)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void perKbAnalyze(Blackhole bh) {
        for (SourceText s : sample) {
            bh.consume(Linter.analyze(s, LintOptions.DEFAULT));
        }
    }

    /** One file of about 1 MB, analysed whole. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Analysis oneMegabyteFile() {
        return Linter.analyze(oneMegabyte, LintOptions.DEFAULT);
    }
}
