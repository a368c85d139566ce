package dev.pcf.verification;

import dev.pcf.model.Problem;
import dev.pcf.model.Text;
import dev.pcf.model.Verification;
import dev.pcf.model.Verification.Assurance;
import dev.pcf.model.Verification.Conclusion;
import dev.pcf.model.Verification.FindingStatus;
import dev.pcf.model.Verification.FindingType;
import dev.pcf.model.Verification.Role;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The verification workbook reader: what it reads, and every kind of problem with its message and cell. */
class VerificationReaderTest {
    static final String I = "'核查信息 Verification'!";
    static final String T = "'核查组 Verifiers'!";
    static final String F = "'核查发现 Findings'!";

    static VerificationReader.Reading read(VerificationBook b) {
        return VerificationReader.read(b.bytes(), "V.xlsx");
    }

    static List<String> errors(VerificationReader.Reading r) {
        return r.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
    }

    @Test
    void readsEveryFieldOfTheFilledBook() {
        VerificationReader.Reading r = read(new VerificationBook());
        assertEquals(List.of(), r.problems());
        Verification v = r.verification();
        assertEquals("中环联合（北京）认证中心有限公司", v.body());
        assertEquals("CEC-PCF-2026-0317", v.statementNo());
        assertEquals(Verification.DEFAULT_CRITERIA, v.criteria());
        assertEquals(Assurance.LIMITED, v.assurance());
        assertEquals(5.0, v.materialityPct());
        assertEquals(new Text("文件评审、现场核查、人员访谈", "document review, site visit, interviews"), v.activities());
        assertEquals(LocalDate.of(2026, 3, 10), v.siteVisit());
        assertEquals(Conclusion.POSITIVE, v.conclusion());
        assertEquals(Text.EMPTY, v.conclusionText());
        assertEquals(115.2, v.reportedTotal());
        assertEquals(LocalDate.of(2026, 3, 20), v.statementDate());
        assertEquals(List.of(Role.LEAD, Role.VERIFIER, Role.REVIEWER, Role.APPROVER), v.team().stream().map(Verification.Verifier::role).toList());
        assertEquals("CCAA-2024-GHG-0101", v.team().getFirst().certificate());
        var nc = v.findings().getFirst();
        assertEquals("NC-01", nc.id());
        assertEquals(FindingType.NON_CONFORMITY, nc.type());
        assertEquals(FindingStatus.CLOSED, nc.status());
        assertEquals("'活动数据 Activity'!D3", nc.cell());
        assertEquals(F + "E2", nc.cellAt().toString());
        assertEquals(F + "A2", nc.row().toString());
        assertEquals(FindingType.OBSERVATION, v.findings().get(1).type());
        assertEquals(I + "B13", v.cell("reportedTotal").toString());
        assertEquals("V.xlsx", v.source().fileName());
        assertEquals(64, v.source().sha256().length());
    }

    @Test
    void theBlankTemplateListsEveryRequiredFieldAtOnce() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VerificationTemplate.write(out);
        VerificationReader.Reading r = VerificationReader.read(out.toByteArray(), "blank.xlsx");
        assertNull(r.verification());
        assertEquals(List.of(
                I + "B2: 核查机构 Verification body is required but empty",
                I + "B3: 核查声明编号 Statement No. is required but empty",
                I + "B5: 保证等级 Level of assurance is required but empty",
                I + "B10: 核查结论 Conclusion is required but empty",
                I + "B14: 声明日期 Statement date is required but empty",
                "'核查组 Verifiers': at least one 核查组长 Lead verifier is required (column 角色 Role)"), errors(r));
    }

    @Test
    void wrongValuesEachAtTheirCell() {
        VerificationBook b = new VerificationBook();
        b.fields.put("assurance", "maybe");
        b.fields.put("materiality", 150.0);
        b.fields.put("siteVisit", "next week");
        b.fields.put("conclusion", "great");
        b.fields.put("reportedTotal", "abc");
        b.fields.put("statementDate", "2026-02-30");
        assertEquals(List.of(
                I + "B5: 保证等级 Level of assurance must be one of limited (有限保证), reasonable (合理保证), found \"maybe\"",
                I + "B6: 实质性阈值 Materiality must be a percentage above 0 and below 100, found 150",
                I + "B9: 现场核查日期 Site visit date must be a date (a date cell or yyyy-mm-dd), found \"next week\"",
                I + "B10: 核查结论 Conclusion must be one of positive (肯定), qualified (保留), adverse (否定), disclaimer (无法表示意见), found \"great\"",
                I + "B13: 企业报告值 Reported total must be a number, found \"abc\"",
                I + "B14: 声明日期 Statement date is not a valid date, found \"2026-02-30\""), errors(read(b)));
    }

    @Test
    void statementDateBeforeTheSiteVisit() {
        VerificationBook b = new VerificationBook();
        b.fields.put("siteVisit", "2026-03-25");
        assertEquals(List.of(I + "B14: 声明日期 Statement date 2026-03-20 is before 现场核查日期 Site visit date (" + I
                + "B9) 2026-03-25"), errors(read(b)));
    }

    @Test
    void synonymsAndPercentTextAccepted() {
        VerificationBook b = new VerificationBook();
        b.fields.put("assurance", "reasonable");
        b.fields.put("materiality", "2.5%");
        b.fields.put("conclusion", "保留");
        b.findings.clear();
        Verification v = read(b).verification();
        assertEquals(Assurance.REASONABLE, v.assurance());
        assertEquals(2.5, v.materialityPct(), 1e-12);
        assertEquals(Conclusion.QUALIFIED, v.conclusion());
    }

    @Test
    void aLeadVerifierIsRequired() {
        VerificationBook b = new VerificationBook();
        b.verifiers.removeFirst();
        assertEquals(List.of("'核查组 Verifiers': at least one 核查组长 Lead verifier is required (column 角色 Role)"),
                errors(read(b)));
    }

    @Test
    void verifierRowsWithWrongOrMissingRole() {
        VerificationBook b = new VerificationBook();
        b.verifiers.set(1, List.of("李娜", "boss", "", ""));
        b.verifiers.set(2, List.of("王芳", "", "", ""));
        assertEquals(List.of(
                T + "B3: 角色 Role must be one of 核查组长 Lead verifier, 核查员 Verifier, 技术复核 Reviewer, 批准 Approver, found \"boss\"",
                T + "B4: 角色 Role is required but empty"), errors(read(b)));
    }

    @Test
    void findingRules() {
        VerificationBook b = new VerificationBook();
        b.findings.set(0, List.of("NC-01", "不符合项 non-conformity", "柴油用量与发票不一致", "", "", "已关闭 closed", ""));
        b.findings.set(1, List.of("NC-01", "problem", "重复编号", "", "", "closed", "done"));
        b.findings.add(List.of("OB-02", "observation", "", "", "", "", ""));
        assertEquals(List.of(
                F + "G2: finding NC-01 is closed, so 关闭说明 Resolution is required: say how it was resolved",
                F + "B3: 类型 Type must be one of non-conformity (不符合项), observation (观察项), found \"problem\"",
                F + "A3: finding ID NC-01 repeats the finding at " + F + "A2; IDs must be unique",
                F + "C4: 描述（中文） Description (Chinese) is required but empty",
                F + "F4: 状态 Status is required but empty"), errors(read(b)));
    }

    @Test
    void anOpenNonConformityForbidsAPositiveOrQualifiedConclusion() {
        for (String conclusion : List.of("肯定 positive", "保留 qualified")) {
            VerificationBook b = new VerificationBook();
            b.fields.put("conclusion", conclusion);
            b.findings.add(List.of("NC-02", "不符合项 non-conformity", "运输距离无依据", "", "", "未关闭 open", ""));
            String kind = conclusion.substring(conclusion.indexOf(' ') + 1);
            VerificationReader.Reading r = read(b);
            assertNull(r.verification(), "nothing is produced");
            assertEquals(List.of(F + "A4: non-conformity NC-02 (row 4) is open, so 核查结论 Conclusion (" + I + "B10) cannot be "
                    + kind + "; close the finding with a resolution, or give an adverse conclusion or a disclaimer"), errors(r));
        }
        VerificationBook adverse = new VerificationBook();
        adverse.fields.put("conclusion", "否定 adverse");
        adverse.findings.add(List.of("NC-02", "不符合项 non-conformity", "运输距离无依据", "", "", "未关闭 open", ""));
        assertNotNull(read(adverse).verification(), "an adverse conclusion may stand on an open non-conformity");
        VerificationBook observation = new VerificationBook();
        assertEquals(FindingStatus.OPEN, read(observation).verification().findings().get(1).status(),
                "an open observation does not stop a positive conclusion");
    }

    @Test
    void aRepeatedField() {
        VerificationBook b = new VerificationBook() {
            @Override
            void fill(XSSFWorkbook wb) {
                super.fill(wb);
                var row = wb.getSheet(INFO).createRow(20);
                row.createCell(0).setCellValue("Statement No.");
                row.createCell(1).setCellValue("X-2");
            }
        };
        assertEquals(List.of(I + "A21: field 核查声明编号 Statement No. repeats the field at " + I + "A3; keep only one"),
                errors(read(b)));
    }

    @Test
    void missingValueColumnAndMissingSheets() throws Exception {
        VerificationBook noValue = new VerificationBook() {
            @Override
            void fill(XSSFWorkbook wb) {
                super.fill(wb);
                wb.getSheet(INFO).getRow(0).getCell(1).setCellValue("Something");
            }
        };
        assertEquals(List.of("'核查信息 Verification' header row 1: required column 值 Value not found"), errors(read(noValue)));

        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("活动数据 Activity");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            assertEquals(List.of(
                    "company.xlsx: required sheet 核查信息 Verification not found (sheets: 活动数据 Activity); is this the verification workbook (pcf template --verification)?",
                    "company.xlsx: required sheet 核查组 Verifiers not found (sheets: 活动数据 Activity); is this the verification workbook (pcf template --verification)?"),
                    errors(VerificationReader.read(out.toByteArray(), "company.xlsx")));
        }
        VerificationReader.Reading junk = VerificationReader.read("not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8), "junk.xlsx");
        assertNull(junk.verification());
        assertEquals(1, errors(junk).size());
        assertTrue(errors(junk).getFirst().startsWith("junk.xlsx"), errors(junk).toString());
    }

    @Test
    void headersByTextInEitherLanguageInAnyOrder() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet info = wb.createSheet("Verification");
            String[][] rows = {{"Value", "Field"}, {"Bureau Veritas", "Verification body"}, {"positive", "Conclusion"},
                    {"S-1", "Statement No."}, {"reasonable", "Level of assurance"}, {"2026-04-01", "声明日期"}};
            for (int r = 0; r < rows.length; r++) {
                var row = info.createRow(r);
                row.createCell(0).setCellValue(rows[r][0]);
                row.createCell(1).setCellValue(rows[r][1]);
            }
            XSSFSheet team = wb.createSheet("核查组");
            var h = team.createRow(0);
            h.createCell(0).setCellValue("★ Role");
            h.createCell(1).setCellValue("姓名");
            var p = team.createRow(1);
            p.createCell(0).setCellValue("lead verifier");
            p.createCell(1).setCellValue("Jane Doe");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            VerificationReader.Reading r = VerificationReader.read(out.toByteArray(), "en.xlsx");
            assertEquals(List.of(), r.problems());
            Verification v = r.verification();
            assertEquals("Bureau Veritas", v.body());
            assertEquals(Assurance.REASONABLE, v.assurance());
            assertEquals(LocalDate.of(2026, 4, 1), v.statementDate());
            assertEquals(List.of(), v.findings());
            assertEquals("Jane Doe", v.team().getFirst().name());
            assertEquals(Verification.DEFAULT_MATERIALITY_PCT, v.materialityPct());
            assertFalse(v.criteria().isEmpty());
        }
    }

}
