package dev.pcf.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pcf.model.Pedigree;
import org.junit.jupiter.api.Test;

class PedigreeMatrixTest {

    @Test
    void workedExampleOfReferenceData() {
        // basic 0.000595 + 0.0006 (reliability 2) + 0.0006 (completeness 3) + 0 (temporal 1)
        //   + 0.000025 (geographical 2) + 0.008 (technological 3) = 0.009820
        double v = PedigreeMatrix.variance(0.000595, new Pedigree(2, 3, 1, 2, 3));
        assertEquals(0.009820, v, 1e-12);
        assertEquals(1.1042, Math.exp(Math.sqrt(v)), 5e-5);
        assertEquals(1.2192, PedigreeMatrix.gsd2(v), 5e-5);
    }

    @Test
    void worstScoresAddTheLastColumn() {
        // 0.04 + 0.008 + 0.04 + 0.002 + 0.12 = 0.21
        assertEquals(0.21, PedigreeMatrix.indicatorVariance(new Pedigree(5, 5, 5, 5, 5)), 1e-12);
        assertEquals(0, PedigreeMatrix.indicatorVariance(new Pedigree(1, 1, 1, 1, 1)));
    }
}
