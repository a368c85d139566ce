package dev.pcf.calc;

/** Column labels as the template prints them, for messages. */
final class Labels {
    static final String UNIT = "单位 Unit";
    static final String VALUE = "数值 Value";
    static final String GAS = "温室气体 Gas";
    static final String NCV = "低位发热量 NCV";
    static final String NCV_UNIT = "热值单位 NCV unit";
    static final String CARBON_CONTENT = "单位热值含碳量 Carbon content";
    static final String OXIDATION_RATE = "碳氧化率 Oxidation rate";
    static final String AMOUNT = "数量 Amount";
    static final String BASIS = "数量基准 Basis";
    static final String FACTOR_ID = "因子编号 Factor ID";
    static final String STAGE = "阶段代码 Stage code";
    static final String ANNUAL_PRODUCTION = "年产量 Annual production";

    static final String GAS_EXAMPLES = "CO2e, CO2, CH4, N2O, SF6, NF3, HFC-134a, CF4";
    static final String UNIT_EXAMPLES = "kWh, MJ, GJ, kg, t, m3, Nm3, L, t·km, km, pcs";
    static final String NCV_UNIT_EXAMPLES = "MJ/kg, GJ/t, MJ/m3, GJ/10^4Nm3";

    private Labels() {}

    /** The text, or empty for null. */
    static String nz(String s) {
        return s == null ? "" : s;
    }

    /** A number as a message shows it: shortest round-trip form, no exponent for ordinary sizes. */
    static String number(double v) {
        if (!Double.isFinite(v)) return Double.toString(v);
        return dev.pcf.model.Numbers.plain(v);
    }
}
