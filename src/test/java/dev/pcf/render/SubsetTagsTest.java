package dev.pcf.render;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** One font's subset tags: per thread, each the sequence of a SHA1PRNG seeded as the render seeded it. */
class SubsetTagsTest {

    /** What OpenPDF draws for a tag: six nextDouble()s. */
    private static double[] draw(SecureRandom r) {
        double[] d = new double[6];
        for (int i = 0; i < d.length; i++) d[i] = r.nextDouble();
        return d;
    }

    private static double[] direct(long seed) throws Exception {
        SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
        r.setSeed(seed);
        return draw(r);
    }

    @Test
    void eachThreadDrawsTheSequenceOfItsOwnSeed() throws Exception {
        SubsetTags tags = new SubsetTags();
        int threads = 4;
        CyclicBarrier together = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            java.util.List<Future<double[]>> drawn = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long seed = 1000 + t;
                drawn.add(pool.submit(() -> {
                    tags.seed(seed);
                    together.await();          // all seeded before any draws
                    double[] d = draw(tags);
                    tags.clear();
                    return d;
                }));
            }
            for (int t = 0; t < threads; t++) {
                assertEquals(java.util.Arrays.toString(direct(1000 + t)), java.util.Arrays.toString(drawn.get(t).get()), "thread " + t);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesToDrawOutsideASeededRender() {
        SubsetTags tags = new SubsetTags();
        assertThrows(IllegalStateException.class, tags::nextDouble);
        tags.seed(7);
        tags.nextDouble();
        tags.clear();
        assertThrows(IllegalStateException.class, tags::nextDouble);
    }
}
