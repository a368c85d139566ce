package dev.pcf.server;

import java.util.concurrent.Semaphore;

/**
 * Admits at most {@code --max-jobs} jobs at once (reading, calculating, rendering or exporting a
 * workbook), page and API alike. A job that finds every slot taken is refused at once with 503
 * and Retry-After rather than queued, so that memory stays bounded under any load; the slot is
 * taken before the upload is read, so refused uploads are never held in memory.
 */
final class Gate {
    private final Semaphore slots;
    private final int max;

    Gate(int max) {
        this.max = max;
        this.slots = new Semaphore(max);
    }

    /** A held slot; closing it frees the slot (once). */
    final class Slot implements AutoCloseable {
        private boolean open = true;

        @Override
        public synchronized void close() {
            if (open) {
                open = false;
                slots.release();
            }
        }
    }

    /**
     * Runs one job's work holding a slot, released however the work ends (an answer, an
     * {@link ApiError}, an input problem or a bug).
     *
     * @throws ApiError 503 when every slot is taken (the work is not run)
     */
    void inSlot(Runnable work) {
        Slot slot = enter();
        try {
            work.run();
        } finally {
            slot.close();
        }
    }

    /**
     * Takes a slot.
     *
     * @throws ApiError 503 when every slot is taken
     */
    Slot enter() {
        if (!slots.tryAcquire()) throw ApiError.busy(max);
        return new Slot();
    }

    /** Jobs running now. */
    int running() {
        return max - slots.availablePermits();
    }

    int max() {
        return max;
    }
}
