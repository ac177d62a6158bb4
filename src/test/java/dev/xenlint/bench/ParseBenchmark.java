package dev.xenlint.bench;

import dev.xenlint.analysis.Analysis;
import dev.xenlint.analysis.Linter;
import dev.xenlint.model.ConfigModel;
import dev.xenlint.model.ModelBuilder;
import dev.xenlint.syntax.ConfigParser;
import dev.xenlint.syntax.SyntaxTree;
import dev.xenlint.text.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm time to parse and model one configuration file. Run with
 * {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} and
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main ParseBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ParseBenchmark {

    @Param({"testdata/xm/xmexample-hvm.cfg", "testdata/xl/windows-hvm.cfg"})
    public String file;

    private SourceText source;

    @Setup
    public void load() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of(file));
        source = SourceText.decode(file, bytes);
    }

    @Benchmark
    public SyntaxTree parse() {
        return ConfigParser.parse(source);
    }

    @Benchmark
    public ConfigModel parseAndModel() {
        return ModelBuilder.build(ConfigParser.parse(source), null);
    }

    @Benchmark
    public Analysis analyze() {
        return Linter.analyze(source, dev.xenlint.analysis.LintOptions.DEFAULT);
    }
}
