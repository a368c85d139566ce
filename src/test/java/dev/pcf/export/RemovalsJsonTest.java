package dev.pcf.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pcf.calc.Calculator;
import dev.pcf.model.Footprint;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.reader.ReportWorkbooks;
import dev.pcf.reader.WorkbookReader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The results JSON states gross emissions and removals beside the net total (cli-contract v1.1). */
class RemovalsJsonTest {
    @Test
    void jsonGivesGrossEmissionsAndRemovalsBesideTheNetTotal() throws Exception {
        PcfWorkbook wb = WorkbookReader.read(ReportWorkbooks.withRemoval(), "removal.xlsx").workbook();
        Footprint fp = Calculator.calculate(wb);
        JsonNode j = new ObjectMapper().readTree(ResultJson.write(wb, fp, null, List.of()));
        // by hand: 26.25 + 1500 / 1200 × 0.5703 + 3.2 + 3.1 = 33.262875 emitted; 10 kg × −1.5 = −15 removed
        assertEquals(33.262875, j.get("gross_emissions_kgco2e").asDouble(), 1e-9);
        assertEquals(-15.0, j.get("removals_kgco2e").asDouble(), 1e-9);
        assertEquals(18.262875, j.get("total_kgco2e").asDouble(), 1e-9);
    }

    @Test
    void withoutRemovalsGrossEqualsTheTotal() throws Exception {
        PcfWorkbook wb = WorkbookReader.read(ReportWorkbooks.chineseUnits(), "units.xlsx").workbook();
        Footprint fp = Calculator.calculate(wb);
        JsonNode j = new ObjectMapper().readTree(ResultJson.write(wb, fp, null, List.of()));
        assertEquals(27.10545, j.get("gross_emissions_kgco2e").asDouble(), 1e-9);
        assertEquals(0.0, j.get("removals_kgco2e").asDouble(), 0);
    }
}
