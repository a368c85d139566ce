package dev.pcf.uncertainty;

import dev.pcf.uncertainty.BlockSampler.Block;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntUnaryOperator;

/**
 * The blocks of a run in block order, computed ahead on a pool (at most two per thread at a time) or
 * on the calling thread. Each block depends only on (seed, index, length), so a second stream over the
 * same blocks gives the same values: the streamed summary reads the draws again instead of keeping them.
 */
final class BlockStream implements AutoCloseable {
    private final BlockSampler sampler;
    private final long seed;
    private final int count;
    private final IntUnaryOperator length;
    private final IntUnaryOperator keep;
    private final ExecutorService pool;
    private final int window;
    private final ArrayDeque<Future<Block>> inflight = new ArrayDeque<>();
    private int submitted;
    private int taken;

    /**
     * @param count  blocks at most
     * @param length iterations of block b
     * @param keep   leading iterations of block b whose input draws are kept (0 for none)
     * @param pool   worker threads, or null to compute each block when it is taken
     */
    BlockStream(BlockSampler sampler, long seed, int count, IntUnaryOperator length, IntUnaryOperator keep,
                ExecutorService pool, int threads) {
        this.sampler = sampler;
        this.seed = seed;
        this.count = count;
        this.length = length;
        this.keep = keep;
        this.pool = pool;
        this.window = 2 * Math.max(1, threads);
    }

    boolean hasNext() {
        return taken < count;
    }

    /** The next block in order. */
    Block next() {
        if (pool == null) {
            int b = taken++;
            return sampler.run(seed, b, length.applyAsInt(b), keep.applyAsInt(b));
        }
        while (submitted < count && submitted < taken + window) {
            int b = submitted++;
            int n = length.applyAsInt(b);
            int k = keep.applyAsInt(b);
            inflight.add(pool.submit(() -> sampler.run(seed, b, n, k)));
        }
        taken++;
        return await(inflight.poll());
    }

    /** Cancels the blocks computed ahead of a stream that has stopped. */
    @Override
    public void close() {
        for (Future<Block> ahead : inflight) ahead.cancel(true);
        inflight.clear();
    }

    private static Block await(Future<Block> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Monte Carlo interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}
