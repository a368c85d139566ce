package dev.pcf.calc;

import dev.pcf.model.Factor;

/**
 * A factor row checked and resolved for the calculation.
 *
 * @param factor   the row
 * @param unit     its parsed unit
 * @param value    the factor in its own unit (given, or CC × OF × 44/12 converted into it)
 * @param gas      normalised gas name
 * @param gwp      GWP-100 of the gas in the chosen set
 * @param ncvUnit  the parsed NCV unit, or null when the row gives no NCV
 * @param ncvMj    the NCV in MJ per kg or per m³ (per {@code ncvUnit.perDimension()}), or NaN when not given
 */
record ResolvedFactor(Factor factor, FactorUnit unit, double value, String gas, double gwp,
                      NcvUnit ncvUnit, double ncvMj) {

    boolean hasNcv() {
        return ncvUnit != null;
    }
}
