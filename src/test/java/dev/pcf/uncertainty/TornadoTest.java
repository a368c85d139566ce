package dev.pcf.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pcf.model.Footprint;
import dev.pcf.model.SensitivityResult.TornadoBar;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tornado's totals, computed by hand. */
class TornadoTest {
    @Test
    void eachInputAtItsOwnQuantilesOthersNominal() {
        // F = 2 lognormal ±10 % on A0 = 10 (uniform 8–14): line 20 kg; G = 1 fixed on A1 = 5 (normal ±10 %): 5 kg
        Fixture fx = new Fixture().factor("F", 2, Fixture.lognormalPct(10)).factor("G", 1, Fixture.none());
        fx.activity("RAW", 10, "F", Fixture.uniform(8, 14));
        fx.activity("RAW", 5, "G", Fixture.normal(10));
        Footprint fp = fx.footprint();
        List<TornadoBar> bars = Tornado.bars(fp, InputModel.resolve(fp, new ArrayList<>()));
        assertEquals(3, bars.size());
        // A0 at 8 + 0.025·6 = 8.15 and 8 + 0.975·6 = 13.85: 25 + 20·(0.815 − 1) and 25 + 20·(1.385 − 1)
        assertEquals("项目0 item 0 (RAW)", bars.get(0).label());
        assertEquals(21.3, bars.get(0).low(), 1e-12);
        assertEquals(32.7, bars.get(0).high(), 1e-12);
        // F lognormal ±10 %: quantiles 2/1.1 and 2·1.1 (σ = ln 1.1/1.959964): 25 − 20·0.1/1.1 and 25 + 2
        assertEquals("factor F", bars.get(1).label());
        assertEquals(25 - 2 / 1.1, bars.get(1).low(), 1e-6);
        assertEquals(27, bars.get(1).high(), 1e-6);
        // A1 normal ±10 % (truncation at −19.6 SD changes nothing): 5·(1 ∓ 0.1) → 24.5 and 25.5
        assertEquals(24.5, bars.get(2).low(), 1e-6);
        assertEquals(25.5, bars.get(2).high(), 1e-6);
    }
}
