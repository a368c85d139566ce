package dev.pcf.render;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Renders run in parallel over the same parsed fonts: documents rendered concurrently — more at once than there
 * are processors — (charts, Chinese text, subset fonts) are byte for byte those rendered one at a time.
 */
class ParallelRenderTest {

    @Test
    void concurrentRendersGiveTheBytesOfSequentialOnes() throws Exception {
        int[] rows = {20, 45, 70};
        List<byte[]> sequential = new ArrayList<>();
        for (int n : rows) sequential.add(PdfRenderer.render(Sample.document(n)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> parallel = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (int n : rows) parallel.add(pool.submit(() -> PdfRenderer.render(Sample.document(n))));
            }
            for (int i = 0; i < parallel.size(); i++) {
                assertArrayEquals(sequential.get(i % rows.length), parallel.get(i).get(), "document " + i);
            }
        } finally {
            pool.shutdownNow();
        }
        assertFalse(java.util.Arrays.equals(sequential.get(0), sequential.get(1)), "different documents differ");
    }
}
