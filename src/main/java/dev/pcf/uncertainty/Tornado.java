package dev.pcf.uncertainty;

import dev.pcf.model.SensitivityResult;
import dev.pcf.model.SensitivityResult.SobolIndex;
import dev.pcf.model.SensitivityResult.TornadoBar;
import dev.pcf.model.Footprint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * The sensitivity analysis of a footprint: Sobol' indices ({@link Sobol}) and the tornado.
 *
 * <p>Tornado: the total is linear in each input, so with input i at value q and every other input
 * at its nominal value it is total + X_i · (q / nominal_i − 1), X_i the deterministic kg CO2e of
 * the lines using input i; q is the input's own 2.5 % and 97.5 % quantile.
 */
final class Tornado {
    private Tornado() {}

    /**
     * Both analyses, indices sorted by total-order index and tornado by swing, largest first (ties
     * in input order).
     *
     * @param n         base samples N, or 0 for {@link Sobol#defaultSamples}
     * @param resamples bootstrap replicates
     */
    static SensitivityResult analyse(Footprint fp, List<InputSpec> specs, long seed, int n, int resamples,
                                     ExecutorService pool, int threads) {
        int k = (int) specs.stream().filter(InputSpec::sampled).count();
        int base = n > 0 ? n : Sobol.defaultSamples(k);
        List<SobolIndex> indices = new ArrayList<>(new Sobol(fp, specs).run(seed, base, resamples, pool, threads));
        indices.sort(Comparator.comparingDouble(SobolIndex::total).reversed());
        return new SensitivityResult("sobol-jansen", base, seed, resamples, indices, bars(fp, specs));
    }

    /** One bar per sampled input, largest swing first. */
    static List<TornadoBar> bars(Footprint fp, List<InputSpec> specs) {
        double[] x = Sensitivity.lineSums(fp, specs);
        List<TornadoBar> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            InputSpec s = specs.get(i);
            if (!s.sampled()) continue;
            double lo = fp.total() + x[i] * (s.law().quantile(0.025) / s.nominal() - 1);
            double hi = fp.total() + x[i] * (s.law().quantile(0.975) / s.nominal() - 1);
            out.add(new TornadoBar(s.cell(), s.kind(), s.label(), lo, hi));
        }
        out.sort(Comparator.comparingDouble(TornadoBar::swing).reversed());
        return out;
    }
}
