package dev.pcf.model;

/**
 * The deterministic result of one activity line, per functional unit. The emission is the
 * product {@code amountPerUnit × conversion × factorValue × gasKgPerUnit × gwp}; the Monte
 * Carlo analysis scales it by the relative draws of the activity row and the factor row.
 *
 * @param activity      the activity row
 * @param factor        the factor row it references
 * @param amountPerUnit amount per functional unit in the activity's unit: amount × (1/annual production if annual) × allocation
 * @param conversion    factor reference units per activity unit (unit conversion, times the NCV where the path needs it)
 * @param factorValue   the factor in its own unit (computed as CC × OF × 44/12 when the row gives no value)
 * @param gasKgPerUnit  kg of the gas per unit of the factor's numerator (1 for kg, 1000 for t, 0.001 for g;
 *                      44/28 for kg N2O-N)
 * @param gas           the gas, normalised ({@code CO2e}, {@code CO2}, {@code CH4-fossil}, {@code N2O}, {@code HFC-134a}…)
 * @param gwp           GWP-100 of the gas in the chosen set (1 for CO2 and CO2e)
 * @param origin        carbon origin
 * @param gasKg         kg of the gas per functional unit
 * @param kgco2e        kg CO2e per functional unit
 */
public record LineResult(Activity activity, Factor factor, double amountPerUnit, double conversion,
                         double factorValue, double gasKgPerUnit, String gas, double gwp,
                         CarbonOrigin origin, double gasKg, double kgco2e) {}
