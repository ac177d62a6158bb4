package dev.xenlint.text;

/**
 * A stage trace of one run, for start-up work: with {@code XENLINT_TRACE} set in the environment,
 * each {@link #mark} notes the time, and at exit the marks are printed to standard error as
 * milliseconds since the JVM started ({@code xenlint trace: 83.1 ms  check: command parsed}).
 * Off (the default) a mark is one test of a constant. Nothing is printed while the run goes, so the
 * trace disturbs what it measures as little as it can; the JVM's start time is asked for only at exit.
 */
public final class Trace {

    private static final boolean ON = System.getenv("XENLINT_TRACE") != null;
    private static final int MAX = 4096; // a run over many files keeps the first marks only
    private static String[] names;
    private static long[] times;
    private static int count;

    private Trace() {
    }

    /** Whether marks are kept. */
    public static boolean on() {
        return ON;
    }

    /** Notes that the stage {@code name} ends now. */
    public static void mark(String name) {
        if (ON) {
            record(name);
        }
    }

    private static synchronized void record(String name) {
        if (names == null) {
            names = new String[MAX];
            times = new long[MAX];
        }
        if (count < MAX) {
            names[count] = name;
            times[count] = System.nanoTime();
            count++;
        }
    }

    /** Prints the marks (if any) to standard error; called once, at the end of the run. */
    public static synchronized void print(java.io.PrintStream err) {
        if (!ON || count == 0) {
            return;
        }
        long now = System.nanoTime();
        // the JVM's uptime is known to the millisecond; the marks keep their own, finer, spacing
        double startNanos = now - java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() * 1e6;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(String.format(java.util.Locale.ROOT, "xenlint trace: %7.1f ms  %s%n",
                    (times[i] - startNanos) / 1e6, names[i]));
        }
        err.print(out);
        err.flush();
    }
}
