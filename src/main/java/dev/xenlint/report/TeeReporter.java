package dev.xenlint.report;

import dev.xenlint.engine.FileReport;
import dev.xenlint.engine.Reporter;
import dev.xenlint.engine.RunSummary;
import java.util.List;

/** Feeds several reporters from one run, each in turn (text output and GitHub annotations, say). */
public final class TeeReporter implements Reporter {

    private final List<Reporter> reporters;

    public TeeReporter(Reporter... reporters) {
        this.reporters = List.of(reporters);
    }

    @Override
    public void file(FileReport file) {
        for (Reporter r : reporters) {
            r.file(file);
        }
    }

    @Override
    public void finish(RunSummary summary) {
        for (Reporter r : reporters) {
            r.finish(summary);
        }
    }
}
