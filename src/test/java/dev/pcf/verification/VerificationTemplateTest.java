package dev.pcf.verification;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The blank verification workbook: its sheets, bilingual guide, fields, headers and dropdowns. */
class VerificationTemplateTest {

    static byte[] blank() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VerificationTemplate.write(out);
        return out.toByteArray();
    }

    @Test
    void sheetsFieldsAndGuide() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(blank()))) {
            assertEquals(List.of("说明 Guide", "核查信息 Verification", "核查组 Verifiers", "核查发现 Findings"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)));
            XSSFSheet info = wb.getSheet("核查信息 Verification");
            assertEquals("★ 字段 Field", info.getRow(0).getCell(0).getStringCellValue());
            assertEquals("★ 核查机构 / Verification body", info.getRow(1).getCell(0).getStringCellValue());
            assertEquals("实质性阈值 / Materiality", info.getRow(5).getCell(0).getStringCellValue());
            assertEquals(5.0, info.getRow(5).getCell(1).getNumericCellValue(), "materiality prefilled with the default");
            assertEquals("★ 声明日期 / Statement date", info.getRow(13).getCell(0).getStringCellValue());
            XSSFSheet findings = wb.getSheet("核查发现 Findings");
            List<String> headers = new ArrayList<>();
            findings.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertEquals(List.of("★ 编号 ID", "★ 类型 Type", "★ 描述（中文） Description (Chinese)", "描述（英文） Description (English)",
                    "涉及单元格 Cell", "★ 状态 Status", "关闭说明 Resolution"), headers);
            assertTrue(findings.getRow(0).getCell(4).getCellComment().getString().getString().contains("must exist"));
            StringBuilder guide = new StringBuilder();
            wb.getSheet("说明 Guide").forEach(r -> r.forEach(c -> guide.append(c.getStringCellValue()).append('\n')));
            assertTrue(guide.toString().contains("pcf sign REPORT.pdf --keystore KEY.p12"));
            assertTrue(guide.toString().contains("核查数据表") && guide.toString().contains("Verification workbook"));
        }
    }

    @Test
    void dropdownsForAssuranceConclusionRoleTypeAndStatus() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(blank()))) {
            assertEquals(List.of(
                    "B10 [肯定 positive, 保留 qualified, 否定 adverse, 无法表示意见 disclaimer]",
                    "B5 [有限保证 limited, 合理保证 reasonable]"), lists(wb.getSheet("核查信息 Verification")));
            assertEquals(List.of("B2:B51 [核查组长 Lead verifier, 核查员 Verifier, 技术复核 Reviewer, 批准 Approver]"),
                    lists(wb.getSheet("核查组 Verifiers")));
            assertEquals(List.of("B2:B51 [不符合项 non-conformity, 观察项 observation]", "F2:F51 [未关闭 open, 已关闭 closed]"),
                    lists(wb.getSheet("核查发现 Findings")));
        }
    }

    @Test
    void reproducibleBytes() throws Exception {
        assertArrayEquals(blank(), blank());
    }

    private static List<String> lists(XSSFSheet sheet) {
        List<String> out = new ArrayList<>();
        for (DataValidation dv : sheet.getDataValidations()) {
            String[] list = dv.getValidationConstraint().getExplicitListValues();
            for (var region : dv.getRegions().getCellRangeAddresses()) out.add(region.formatAsString() + " " + Arrays.toString(list));
        }
        out.sort(null);
        return out;
    }
}
