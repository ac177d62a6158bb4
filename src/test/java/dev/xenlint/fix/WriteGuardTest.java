package dev.xenlint.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WriteGuardTest {

    @Test
    void theHookWaitsForTheWriteInProgressAndThenRefusesNewOnes() throws Exception {
        WriteGuard guard = new WriteGuard(30, TimeUnit.SECONDS);
        guard.begin(); // a write is in progress on this thread
        guard.start(); // the JVM starts the hook on a signal
        guard.join(300);
        assertTrue(guard.isAlive(), "the hook waits while a write is in progress");
        guard.end();
        guard.join(10_000);
        assertFalse(guard.isAlive(), "the hook returns once the write is done");

        Thread next = new Thread(() -> {
            try {
                guard.begin();
            } catch (SafeWriter.WriteException refused) {
                throw new AssertionError(refused);
            }
        });
        next.setDaemon(true);
        next.start();
        next.join(300);
        assertTrue(next.isAlive(), "after the hook, a write waits for the exit instead of starting");
    }

    @Test
    void aWriteBegunAfterTheHookGaveUpWaitingIsRefused() throws Exception {
        WriteGuard guard = new WriteGuard(0, TimeUnit.SECONDS);
        guard.run(); // nothing in progress: the hook takes the lock at once
        // the lock is now the hook's thread's (this one): a new write on it sees that the run is stopping
        SafeWriter.WriteException refused = assertThrows(SafeWriter.WriteException.class, guard::begin);
        assertEquals("xenlint is stopping; not writing", refused.getMessage());
    }

    @Test
    void aHungWriteDoesNotHangTheExit() throws Exception {
        WriteGuard guard = new WriteGuard(100, TimeUnit.MILLISECONDS);
        guard.begin();
        guard.start();
        guard.join(10_000);
        assertFalse(guard.isAlive(), "the hook gives up after its patience");
        guard.end();
    }
}
