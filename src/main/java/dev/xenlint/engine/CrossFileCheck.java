package dev.xenlint.engine;

import dev.xenlint.analysis.Analysis;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.workspace.FileSettings;

/**
 * A check across the files of one run (a fleet of guests: two domains with one MAC address, one
 * disk image given to two guests). {@link Session#check} hands it every analysed file, in input
 * order, and then asks it for findings before anything is reported; they are added to each
 * file's findings, sorted by position, and counted in the summary. A fresh instance per run.
 * The check applies the file's rule selection itself ({@link FileSettings#selection()}).
 */
public interface CrossFileCheck {

    /** One file of the run that was read and analysed (after fixes, when fixing). */
    record AnalyzedFile(Document document, FileSettings settings, Analysis analysis) {
    }

    /**
     * Where findings go: the file they belong to, identified by its {@link AnalyzedFile#document()}
     * (the very object handed to {@link #collect}), and the finding. A check keeps only the small
     * facts it needs, never the analyses, so that a run over thousands of files stays small; it
     * may report with a new {@code AnalyzedFile} of the same document.
     */
    interface Sink {
        void report(AnalyzedFile file, Diagnostic diagnostic);
    }

    void collect(AnalyzedFile file);

    void finish(Sink sink);
}
