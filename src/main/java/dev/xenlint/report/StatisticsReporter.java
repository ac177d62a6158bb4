package dev.xenlint.report;

import dev.xenlint.engine.FileReport;
import dev.xenlint.engine.Reporter;
import dev.xenlint.engine.RunSummary;
import dev.xenlint.lint.Diagnostic;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often each rule fired ({@code --statistics}): one line per rule, the most frequent first
 * (ties by code), then the text summary when asked for.
 */
public final class StatisticsReporter implements Reporter {

    private final PrintWriter out;
    private final boolean summaryLine;
    private final boolean fixing;
    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<String, String> names = new TreeMap<>();

    /**
     * @param summaryLine whether to end with the text summary (as {@link TextReporter} does)
     * @param fixing      whether the run applies fixes (for the summary)
     */
    public StatisticsReporter(PrintWriter out, boolean summaryLine, boolean fixing) {
        this.out = out;
        this.summaryLine = summaryLine;
        this.fixing = fixing;
    }

    @Override
    public void file(FileReport file) {
        for (Diagnostic d : file.diagnostics()) {
            counts.merge(d.code(), 1, Integer::sum);
            names.putIfAbsent(d.code(), d.rule());
        }
    }

    @Override
    public void finish(RunSummary summary) {
        counts.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> out.printf("%5d  %s  %s%n", e.getValue(), e.getKey(), names.get(e.getKey())));
        if (summaryLine) {
            TextReporter.summaryLines(summary, fixing).forEach(out::println);
        }
        out.flush();
    }
}
