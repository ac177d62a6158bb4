package dev.xenlint.engine;

import dev.xenlint.lint.Severity;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * How to run {@link Session#check}.
 *
 * @param fix             whether to fix, preview fixes, or only report
 * @param unsafeFixes     also apply fixes that change behaviour
 * @param threshold       the failure threshold carried into the summary
 * @param stdin           where {@code -} reads from
 * @param stdinName       the name shown for {@code -} and used to find its configuration; null for
 *                        {@code <stdin>} under the workspace root's configuration
 * @param stdinOutput     receives the text of {@code -} after {@link FixMode#FIX} (fixed or unchanged,
 *                        in its own encoding); may be null when {@code -} is not fixed
 * @param crossFileChecks checks that see every file of the run before anything is reported
 * @param forceWrite      also write files that are read-only ({@code --force-write})
 * @param threads         how many files are analysed at once (what is reported is the same for any number)
 */
public record CheckRequest(FixMode fix, boolean unsafeFixes, Severity threshold, InputStream stdin, String stdinName,
                           Consumer<byte[]> stdinOutput, List<CrossFileCheck> crossFileChecks,
                           boolean forceWrite, int threads) {

    /** What to do with the fixes rules offer. */
    public enum FixMode {
        /** Report only. */
        NONE,
        /** Apply the fixes and write the files ({@code --fix}). */
        FIX,
        /** Work out the fixed text without writing it ({@code --diff}). */
        DIFF
    }

    public CheckRequest {
        crossFileChecks = List.copyOf(crossFileChecks);
        threshold = threshold == null ? Severity.WARNING : threshold;
        stdin = stdin == null ? InputStream.nullInputStream() : stdin;
        threads = Math.max(1, threads);
    }

    /** Report only, failing at warnings, nothing on standard input, no cross-file checks, on every core. */
    public static CheckRequest defaults() {
        return new CheckRequest(FixMode.NONE, false, Severity.WARNING, null, null, null, List.of(), false,
                Runtime.getRuntime().availableProcessors());
    }

    public CheckRequest withFix(FixMode mode, boolean unsafe) {
        return new CheckRequest(mode, unsafe, threshold, stdin, stdinName, stdinOutput, crossFileChecks, forceWrite, threads);
    }

    public CheckRequest withThreshold(Severity s) {
        return new CheckRequest(fix, unsafeFixes, s, stdin, stdinName, stdinOutput, crossFileChecks, forceWrite, threads);
    }

    public CheckRequest withStdin(InputStream in, String name, Consumer<byte[]> output) {
        return new CheckRequest(fix, unsafeFixes, threshold, in, name, output, crossFileChecks, forceWrite, threads);
    }

    public CheckRequest withForceWrite(boolean force) {
        return new CheckRequest(fix, unsafeFixes, threshold, stdin, stdinName, stdinOutput, crossFileChecks, force, threads);
    }

    public CheckRequest withCrossFileChecks(List<CrossFileCheck> checks) {
        return new CheckRequest(fix, unsafeFixes, threshold, stdin, stdinName, stdinOutput, checks, forceWrite, threads);
    }

    public CheckRequest withThreads(int n) {
        return new CheckRequest(fix, unsafeFixes, threshold, stdin, stdinName, stdinOutput, crossFileChecks, forceWrite,
                n);
    }
}
