package dev.pcf.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SheetFieldTest {

    @Test
    void everyReportFieldIsAReportInfoComponentOrItsEnglishHalf() {
        Set<String> components = Arrays.stream(ReportInfo.class.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toSet());
        for (ReportField f : ReportField.values()) {
            String key = f.key();
            String base = key.endsWith("En") && !components.contains(key) ? key.substring(0, key.length() - 2) : key;
            assertTrue(components.contains(base), key);
        }
    }

    @Test
    void keysAreUniqueWithinASheet() {
        List<List<? extends SheetField>> sheets = List.of(List.of(StageField.values()),
                Stream.concat(Stream.of(FactorField.values()), Stream.of(UncertaintyField.values())).toList(),
                Stream.concat(Stream.of(ActivityField.values()), Stream.of(UncertaintyField.values())).toList(),
                List.of(TeamField.values()), List.of(ImprovementField.values()), List.of(ReportField.values()));
        for (List<? extends SheetField> fields : sheets) {
            assertEquals(fields.size(), fields.stream().map(SheetField::key).distinct().count(), fields.toString());
        }
    }

    @Test
    void labelAndHeaderAsTheTemplatePrintsThem() {
        assertEquals("数量 Amount", ActivityField.AMOUNT.label());
        assertEquals("数量 Amount", ActivityField.AMOUNT.header());
        assertEquals("不确定度 Uncertainty", UncertaintyField.PERCENT.label());
        assertEquals("不确定度(±%) Uncertainty (±%)", UncertaintyField.PERCENT.header());
        assertEquals(FieldKind.FRACTION, FactorField.OXIDATION_RATE.kind());
        assertTrue(FactorField.UNIT.required());
    }

    @Test
    void printedTextTakesTheLanguageHalfOfABilingualField() {
        ReportInfo info = new ReportInfo("T-1", LocalDate.of(2024, 1, 1), ReportLanguage.ZH_EN, Text.of("机构", "Body"),
                Text.of("产品", "Product"), "M-1", Text.of("厂", "Maker"), Text.EMPTY, "", "", "", Text.EMPTY, Text.EMPTY,
                Text.EMPTY, ReportInfo.DEFAULT_STANDARD, Text.of("1 台", "1 unit"), SystemBoundary.CRADLE_TO_GATE,
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), null, null, "CN", null, "", 4, GwpSet.AR6,
                Text.EMPTY, Text.EMPTY, Text.EMPTY, Text.EMPTY, null, null, Map.of());
        Map<ReportField, String> printed = new HashMap<>();
        for (ReportField f : ReportField.values()) printed.put(f, f.printedText(info));
        assertEquals("产品", printed.get(ReportField.PRODUCT_NAME));
        assertEquals("Product", printed.get(ReportField.PRODUCT_NAME_EN));
        assertEquals("M-1", printed.get(ReportField.MODEL));
        assertEquals("CN", printed.get(ReportField.PRODUCTION_REGION));
        // not printed as workbook text: a date, a code, a number
        assertNull(printed.get(ReportField.ISSUE_DATE));
        assertNull(printed.get(ReportField.BOUNDARY));
        assertNull(printed.get(ReportField.DECIMALS));
    }
}
