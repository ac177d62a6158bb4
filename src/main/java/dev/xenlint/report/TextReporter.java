package dev.xenlint.report;

import dev.xenlint.engine.FileReport;
import dev.xenlint.engine.Reporter;
import dev.xenlint.engine.RunSummary;
import dev.xenlint.lint.Diagnostic;
import dev.xenlint.lint.RelatedLocation;
import dev.xenlint.output.TextEmitter;
import dev.xenlint.text.Position;
import java.io.PrintWriter;
import java.util.List;
import org.fusesource.jansi.Ansi;

/**
 * Findings for people, streamed as they come: {@code path:line:col: severity[code]: message} and the
 * source line with the range underlined (see {@link TextEmitter}), and a {@code = note:} line for each
 * related place (in the same file or another); then, at the end, what
 * {@code --fix} wrote (when fixing) and one line of counts.
 */
public final class TextReporter implements Reporter {

    /**
     * What {@code println} ends a line with. Findings are printed with {@code print} and this, not
     * {@code println}: the command line's writer flushes on every {@code println}, one write to the
     * terminal or file per line (72,000 for 10,000 files); the writer is flushed once, by
     * {@link #finish} (issue 14).
     */
    static final String NEWLINE = System.lineSeparator();

    private final PrintWriter out;
    private final boolean color;
    private final boolean fixing;
    private final TextEmitter emitter;

    /**
     * @param out    where to write
     * @param color  whether to use ANSI colours
     * @param fixing whether the run applies fixes ({@code --fix}): the summary then says what was written
     */
    public TextReporter(PrintWriter out, boolean color, boolean fixing) {
        this.out = out;
        this.color = color;
        this.fixing = fixing;
        this.emitter = new TextEmitter(out, color);
    }

    /** A file with this many findings or more has them rendered on two threads (see {@link #file}). */
    static final int TWO_THREADS_FROM = 8192;
    /** Findings rendered at once by one thread of two: a block of about half a megabyte of report. */
    static final int CHUNK = 1024;

    /**
     * Prints a file's findings. A file with a finding on nearly every line of a megabyte has hundreds of
     * thousands, and rendering them was a fifth of such a run (issue 9): from {@link #TWO_THREADS_FROM}
     * findings on, and with a second processor, a second thread renders every other chunk of
     * {@link #CHUNK} findings into bytes while this one renders the others and writes all in order. The
     * two hand chunks over through a queue of two, so what waits to be written stays a few chunks.
     */
    @Override
    public void file(FileReport file) {
        file(file, file.diagnostics().size() >= TWO_THREADS_FROM && Runtime.getRuntime().availableProcessors() > 1);
    }

    /** Prints a file's findings, on two threads or on this one. */
    void file(FileReport file, boolean twoThreads) {
        int count = file.diagnostics().size();
        if (twoThreads) {
            onTwoThreads(file, count);
        } else {
            render(file, 0, count, emitter);
        }
        emitter.drain(); // another reporter (GitHub annotations) may write to the same writer next
    }

    private void render(FileReport file, int from, int to, TextEmitter into) {
        List<Diagnostic> diagnostics = file.diagnostics();
        String displayPath = file.displayPath();
        for (int i = from; i < to; i++) {
            Diagnostic d = diagnostics.get(i);
            into.append(displayPath, file.source(), d);
            List<RelatedLocation> related = d.related();
            for (int j = 0; j < related.size(); j++) {
                RelatedLocation r = related.get(j);
                String path = r.inSameFile() ? displayPath : r.file().displayPath();
                Position at = (r.inSameFile() ? file.source() : r.file().source()).position(r.range().start());
                into.appendNote("   = note: ", path, at, r.message(), NEWLINE);
            }
        }
    }

    private void onTwoThreads(FileReport file, int count) {
        int chunks = (count + CHUNK - 1) / CHUNK;
        file.source().lines(); // the line index, made here before the second thread reads it
        OddChunks odd = new OddChunks(file, count, chunks);
        Thread helper = new Thread(odd, "xenlint-report");
        helper.setDaemon(true);
        try {
            helper.start();
        } catch (OutOfMemoryError | IllegalStateException e) { // no thread to be had: all on this one
            render(file, 0, count, emitter);
            return;
        }
        int c = 0;
        try {
            for (; c < chunks; c++) {
                if (c % 2 == 0) {
                    render(file, c * CHUNK, Math.min(count, (c + 1) * CHUNK), emitter);
                    continue;
                }
                Object made = odd.next(helper);
                if (made == null) { // it ended without handing this chunk over (no memory left, say): the rest here
                    render(file, c * CHUNK, count, emitter);
                    break;
                }
                if (made instanceof RuntimeException e) {
                    throw e;
                }
                if (made instanceof Error e) {
                    throw e;
                }
                emitter.write((byte[]) made);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // kept for the caller; the rest is rendered here
            render(file, c * CHUNK, count, emitter);
        } finally {
            helper.interrupt(); // it waits to hand over a chunk no longer taken, if this one failed
        }
    }

    /** Renders chunks 1, 3, 5, ... of a file's findings, each into bytes put in {@link #done}, in order. */
    private final class OddChunks implements Runnable { // a class, not a lambda: see StartupPathTest
        private final FileReport file;
        private final int count;
        private final int chunks;
        /** Each chunk's bytes, or the exception that stopped the rendering. */
        final java.util.concurrent.BlockingQueue<Object> done = new java.util.concurrent.ArrayBlockingQueue<>(2);

        OddChunks(FileReport file, int count, int chunks) {
            this.file = file;
            this.count = count;
            this.chunks = chunks;
        }

        /**
         * The next chunk's bytes or failure, or null when the thread has ended without one: whatever stops it
         * (an error while it puts one in the queue, say), the writing thread is not left waiting.
         */
        Object next(Thread helper) throws InterruptedException {
            while (true) {
                Object made = done.poll(20, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (made != null) {
                    return made;
                }
                if (!helper.isAlive()) {
                    return done.poll();
                }
            }
        }

        @Override
        public void run() {
            try {
                TextEmitter mine = TextEmitter.detached(color);
                for (int c = 1; c < chunks; c += 2) {
                    Object made;
                    try {
                        render(file, c * CHUNK, Math.min(count, (c + 1) * CHUNK), mine);
                        made = mine.takeBytes();
                    } catch (RuntimeException | Error e) {
                        made = e;
                    }
                    done.put(made);
                    if (!(made instanceof byte[])) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                // the writing thread has stopped taking chunks
            }
        }
    }

    @Override
    public void finish(RunSummary summary) {
        emitter.drain();
        for (String line : summaryLines(summary, fixing)) {
            out.println(paint(line));
        }
        out.flush();
    }

    /**
     * The closing lines: with {@code fixing}, what was fixed and what could not be written; then counts
     * by severity, files checked and how many findings have a safe fix. A run that checked nothing
     * because of errors gets no count line (the errors say what happened).
     */
    public static List<String> summaryLines(RunSummary s, boolean fixing) {
        List<String> lines = new java.util.ArrayList<>();
        if (fixing) {
            lines.add(s.fixedProblems() == 0 ? "No fixes applied."
                    : "Fixed " + count(s.fixedProblems(), "problem") + " in " + count(s.fixedFiles(), "file") + ".");
            if (!s.notWritten().isEmpty()) {
                lines.add("Not written: " + String.join(", ", s.notWritten()) + "; "
                        + (s.notWritten().size() == 1 ? "its" : "their") + " findings are shown as they stand on disk.");
            }
        }
        if (s.filesChecked() == 0 && (s.filesFailed() > 0 || s.hasProblems())) {
            return List.of(); // nothing was checked: the errors say why, a count would contradict them
        }
        String files = count(s.filesChecked(), "file");
        String failed = s.filesFailed() == 0 ? "" : "; " + count(s.filesFailed(), "file") + " could not be checked";
        if (s.errors() + s.warnings() + s.infos() == 0) {
            lines.add("No problems found in " + files + failed + ".");
            return lines;
        }
        StringBuilder sb = new StringBuilder("Found ");
        sb.append(count(s.errors(), "error"));
        sb.append(", ").append(count(s.warnings(), "warning"));
        if (s.infos() > 0) {
            sb.append(", ").append(count(s.infos(), "note"));
        }
        sb.append(" in ").append(files);
        if (s.fixable() > 0) {
            sb.append(" (").append(s.fixable()).append(" fixable)");
        }
        sb.append(failed).append('.');
        lines.add(sb.toString());
        return lines;
    }

    static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private String paint(String text) {
        return color ? Ansi.ansi().bold().a(text).reset().toString() : text;
    }
}
