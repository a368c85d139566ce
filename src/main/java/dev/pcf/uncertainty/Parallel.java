package dev.pcf.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs independent work items on a pool. Each item writes only its own slots, so the result
 * does not depend on how the items are split between threads.
 */
final class Parallel {
    private Parallel() {}

    /**
     * Calls {@code body} for 0 ≤ i &lt; count, in {@code threads} contiguous ranges on {@code pool}
     * (or in order on the calling thread when the pool is null), and waits for all of them.
     */
    static void forEach(int count, ExecutorService pool, int threads, IntConsumer body) {
        if (pool == null || threads <= 1 || count <= 1) {
            for (int i = 0; i < count; i++) body.accept(i);
            return;
        }
        int parts = Math.min(count, threads * 4); // a little finer than the threads: items differ in cost
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            int from = (int) ((long) count * p / parts);
            int to = (int) ((long) count * (p + 1) / parts);
            tasks.add(() -> {
                for (int i = from; i < to; i++) body.accept(i);
                return null;
            });
        }
        try {
            for (Future<Void> f : pool.invokeAll(tasks)) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sensitivity analysis interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}
