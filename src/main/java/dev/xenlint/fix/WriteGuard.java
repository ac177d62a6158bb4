package dev.xenlint.fix;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets a write that has begun finish when the run is stopped (Ctrl-C, SIGTERM): the JVM runs this as a
 * shutdown hook, which waits for the write in progress (its temporary file renamed or removed, a file
 * rewritten in place whole) and then lets no other begin. Without it, a signal in the middle of a write
 * left a stray {@code .NAME.*.xenlint} file, or a hard-linked file half rewritten.
 *
 * <p>The hook is registered with the first write, so a run that writes nothing never creates it.
 */
final class WriteGuard extends Thread {

    /** The guard of this process's writes. */
    static final WriteGuard PROCESS = new WriteGuard(10, TimeUnit.SECONDS);

    private final ReentrantLock lock = new ReentrantLock();
    private final long patience;
    private final TimeUnit unit;
    private boolean registered;
    private volatile boolean stopping;

    /** @param patience how long the hook waits for a write (a hung network file system must not hang the exit) */
    WriteGuard(long patience, TimeUnit unit) {
        super("xenlint-write-guard");
        this.patience = patience;
        this.unit = unit;
    }

    /** Call before the first change to the file system; pair with {@link #end()} in a finally. */
    void begin() throws SafeWriter.WriteException {
        lock.lock();
        if (stopping) {
            lock.unlock();
            throw new SafeWriter.WriteException("xenlint is stopping; not writing");
        }
        if (!registered && this == PROCESS) {
            registered = true;
            try {
                Runtime.getRuntime().addShutdownHook(this);
            } catch (IllegalStateException alreadyStopping) {
                stopping = true;
                lock.unlock();
                throw new SafeWriter.WriteException("xenlint is stopping; not writing");
            }
        }
    }

    void end() {
        lock.unlock();
    }

    /** Waits for the write in progress, then refuses new ones; the lock is kept, as the process is ending. */
    @Override
    public void run() {
        try {
            if (lock.tryLock(patience, unit)) {
                stopping = true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
