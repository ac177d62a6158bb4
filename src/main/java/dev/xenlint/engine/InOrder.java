package dev.xenlint.engine;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Work on many items in parallel, results consumed one by one in input order on the calling
 * thread. At most a few results per thread wait to be consumed, so a run over thousands of files
 * holds only those (and what the consumer keeps), and what the consumer sees (and so prints) is
 * the same whatever the number of threads.
 */
final class InOrder {

    /** Results computed ahead of the one being consumed, per thread. */
    private static final int AHEAD_PER_THREAD = 8;

    private InOrder() {
    }

    /**
     * Applies {@code work} to every item, on {@code threads} threads (the calling thread alone when
     * that is 1 or there is at most one item), and hands each result to {@code consume} in the
     * items' order. An exception or error thrown by {@code work} is rethrown here, when its item's
     * turn comes.
     */
    static <T, R> void forEach(List<T> items, int threads, Function<T, R> work, Consumer<R> consume) {
        if (threads <= 1 || items.size() <= 1) {
            for (T item : items) {
                consume.accept(work.apply(item));
            }
            return;
        }
        AtomicInteger count = new AtomicInteger();
        // classes, not lambdas: see StartupPathTest
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), new java.util.concurrent.ThreadFactory() {
            @Override
            public Thread newThread(Runnable r) {
                Thread t = new Thread(r, "xenlint-check-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            }
        });
        try {
            ArrayDeque<Future<R>> pending = new ArrayDeque<>();
            int next = 0;
            int ahead = threads * AHEAD_PER_THREAD;
            while (next < items.size() || !pending.isEmpty()) {
                while (next < items.size() && pending.size() < ahead) {
                    T item = items.get(next++);
                    pending.add(pool.submit(new java.util.concurrent.Callable<R>() {
                        @Override
                        public R call() {
                            return work.apply(item);
                        }
                    }));
                }
                consume.accept(await(pending.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
