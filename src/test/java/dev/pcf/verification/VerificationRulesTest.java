package dev.pcf.verification;

import dev.pcf.model.Problem;
import dev.pcf.model.SourceFile;
import dev.pcf.model.Verification;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A finding's cell must exist in the company's workbook; a reported total beyond the materiality with a positive conclusion is a warning. */
class VerificationRulesTest {
    static final Path JX = Path.of("workbook-templates/examples/JX0317-D30.xlsx");
    /** The example's total (dev.pcf.report.Jx0317). */
    static final double TOTAL = 113.38583;

    static SourceFile company() throws Exception {
        return new SourceFile("JX0317-D30.xlsx", "", Files.readAllBytes(JX));
    }

    static List<Problem> check(VerificationBook b, double total) throws Exception {
        Verification v = VerificationReader.read(b.bytes(), "V.xlsx").verification();
        return VerificationRules.check(v, company(), total);
    }

    static VerificationBook withCell(String cell) {
        VerificationBook b = new VerificationBook();
        b.findings.set(1, List.of("OB-01", "观察项 observation", "建议分表计量", "", cell, "未关闭 open", ""));
        return b;
    }

    @Test
    void existingCellsPass() throws Exception {
        assertEquals(List.of(), check(new VerificationBook(), TOTAL));
        assertEquals(List.of(), check(withCell("Activity!$D$3"), TOTAL), "the English part of the sheet name, absolute address");
        assertEquals(List.of(), check(withCell("'报告信息 Report'!B2"), TOTAL));
    }

    @Test
    void aCellOfASheetTheWorkbookLacks() throws Exception {
        List<Problem> p = check(withCell("'Transport'!C5"), TOTAL);
        assertEquals(1, p.size());
        assertTrue(p.getFirst().isError());
        assertEquals("'核查发现 Findings'!E3", p.getFirst().cell().toString());
        assertTrue(p.getFirst().message().startsWith("finding OB-01: the cell 'Transport'!C5 names sheet \"Transport\", which "
                + "JX0317-D30.xlsx does not have (sheets: "), p.getFirst().message());
        assertTrue(p.getFirst().message().contains("活动数据 Activity"));
    }

    @Test
    void aCellOutsideTheUsedPartOfItsSheet() throws Exception {
        List<Problem> p = check(withCell("'活动数据 Activity'!D999"), TOTAL);
        assertEquals(1, p.size());
        assertTrue(p.getFirst().message().startsWith("finding OB-01: the cell '活动数据 Activity'!D999 is outside the used part of "
                + "sheet '活动数据 Activity' in JX0317-D30.xlsx (its cells are A1:"), p.getFirst().message());
    }

    @Test
    void notACellReference() throws Exception {
        List<Problem> p = check(withCell("D4"), TOTAL);
        assertEquals(List.of("'核查发现 Findings'!E3: finding OB-01: the cell \"D4\" is not a cell reference such as '活动数据 Activity'!D4"),
                p.stream().map(Problem::toString).toList());
    }

    @Test
    void reportedTotalBeyondMaterialityWithAPositiveConclusionIsAWarning() throws Exception {
        VerificationBook b = new VerificationBook();
        b.fields.put("reportedTotal", 120.0);
        List<Problem> p = check(b, TOTAL);
        // (120 − 113.38583) / 113.38583 = +5.833 % > 5 %
        assertEquals(List.of("'核查信息 Verification'!B13: the reported total 120 kgCO2e differs from the verified total 113.3858 kgCO2e "
                + "by +5.83 %, more than the materiality of 5 %, yet the conclusion is positive: the conclusion text should say why "
                + "it was accepted"), p.stream().map(Problem::toString).toList());
        assertFalse(p.getFirst().isError());
        b.fields.put("conclusion", "保留 qualified");
        assertEquals(List.of(), check(b, TOTAL), "a qualified conclusion already says so");
        VerificationBook within = new VerificationBook();
        within.fields.put("reportedTotal", 119.0);     // +4.95 %
        assertEquals(List.of(), check(within, TOTAL));
    }
}
