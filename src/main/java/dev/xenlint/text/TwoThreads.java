package dev.xenlint.text;

/**
 * Two pieces of work at once: one on the calling thread, the other on a daemon thread of its own, for the
 * stages of a long file's analysis whose halves do not depend on each other (issue 9). Whatever either
 * throws is thrown here once both have ended (the other's failure kept as a suppressed exception); when no
 * thread can be had (a limit on processes, say) both run here, one after the other.
 */
public final class TwoThreads {

    private TwoThreads() {
    }

    /** Runs {@code here} on this thread and {@code there} on another named {@code name}; returns when both end. */
    public static void run(Runnable here, Runnable there, String name) {
        Throwable[] failed = new Throwable[1];
        Thread other = new Thread(null, new Runnable() { // a class, not a lambda: see StartupPathTest
            @Override
            public void run() {
                try {
                    there.run();
                } catch (Throwable t) {
                    failed[0] = t;
                }
            }
        }, name, 0);
        other.setDaemon(true);
        try {
            other.start();
        } catch (Throwable noThread) {
            here.run();
            there.run();
            return;
        }
        try {
            here.run();
        } catch (RuntimeException | Error e) {
            joinQuietly(other);
            if (failed[0] != null && failed[0] != e) {
                e.addSuppressed(failed[0]);
            }
            throw e;
        }
        joinQuietly(other);
        if (failed[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failed[0] instanceof Error e) {
            throw e;
        }
        if (failed[0] != null) {
            throw new IllegalStateException(failed[0]);
        }
    }

    /** Waits for {@code t} to end; an interrupt meanwhile is kept for the caller, not acted on. */
    private static void joinQuietly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the other half is still needed: wait on, and say so after
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
