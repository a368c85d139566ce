package dev.pcf.report;

import dev.pcf.model.LineResult;

import java.util.Locale;

/**
 * The kind of an inventory line as far as improvement levers go, recognised from its units, gas,
 * stage and item. Each kind has a standard suggestion ({@code suggest.<KIND>} in the bundles).
 */
enum Lever {
    ELECTRICITY, TRANSPORT, REFRIGERANT, FUEL, MATERIAL, BIOGENIC, OTHER;

    /** The lever of a line. */
    static Lever of(LineResult r) {
        // a biogenic emission (soil, biomass, manure) is not a purchased material: recycled content is no lever
        if (r.origin() == dev.pcf.model.CarbonOrigin.BIOGENIC || r.origin() == dev.pcf.model.CarbonOrigin.DLUC) {
            return BIOGENIC;
        }
        String unit = norm(r.activity().unit());
        String fUnit = r.factor().unit() == null ? "" : norm(r.factor().unit());
        String gas = r.gas() == null ? "" : r.gas().toUpperCase(Locale.ROOT);
        String item = (r.activity().item().zh() + " " + r.activity().item().en()).toLowerCase(Locale.ROOT);
        String stage = r.activity().stage() == null ? "" : r.activity().stage().toUpperCase(Locale.ROOT);
        if (gas.startsWith("HFC") || gas.startsWith("PFC") || gas.startsWith("R-") || gas.equals("SF6")
                || gas.equals("NF3") || item.contains("制冷剂") || item.contains("refrigerant")) {
            return REFRIGERANT;
        }
        if (unit.matches("(k|m|g)?wh|千瓦时|度|万千瓦时") || fUnit.endsWith("/kwh") || fUnit.endsWith("/mwh")
                || item.contains("电力") || item.contains("electricity")) {
            return ELECTRICITY;
        }
        boolean tkm = unit.matches("t[·.*]?km|吨公里|km") || fUnit.endsWith("t·km") || fUnit.endsWith("tkm");
        boolean transportStage = stage.contains("TRANSPORT") || stage.equals("DISTRIBUTION");
        boolean fuel = r.factor().ncv() != null || r.factor().carbonContent() != null
                || unit.matches("mj|gj|tj|m3|nm3|l|立方米|方|升") || item.contains("柴油") || item.contains("diesel")
                || item.contains("汽油") || item.contains("gasoline") || item.contains("天然气")
                || item.contains("natural gas") || item.contains("煤") || item.contains("coal");
        if (tkm || (transportStage && fuel) || item.contains("运输") || item.contains("transport")) return TRANSPORT;
        if (fuel) return FUEL;
        if (unit.matches("kg|t|g|千克|公斤|吨|克|pcs|unit|个|件|台|套")) return MATERIAL;
        return OTHER;
    }

    private static String norm(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("³", "3");
    }
}
