package dev.pcf.cli;

import dev.pcf.sign.TestKeys;
import dev.pcf.verification.VerificationBook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.pcf.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three steps on the command line: template --verification, report --verification, sign (and sign --verify). */
class VerifiedCliTest {
    static final Path JX = CliTest.JX;

    @TempDir
    Path dir;

    @Test
    void theThreeSteps() throws Exception {
        Path blank = dir.resolve("V-blank.xlsx");
        CliTest.Run t = run("template", "--verification", "-o", blank.toString());
        assertEquals(0, t.code(), t.err());
        assertTrue(Files.size(blank) > 0);

        // the blank workbook: every required field listed with its cell, exit 1, nothing written
        Path notWritten = dir.resolve("never.pdf");
        CliTest.Run bad = run("report", JX.toString(), "--verification", blank.toString(), "--no-mc", "-o", notWritten.toString());
        assertEquals(1, bad.code(), bad.err());
        assertTrue(bad.err().contains("error: '核查信息 Verification'!B2: 核查机构 Verification body is required but empty"), bad.err());
        assertFalse(Files.exists(notWritten));

        Path v = new VerificationBook().write(dir, "V.xlsx");
        Path pdf = dir.resolve("report.pdf");
        CliTest.Run ok = run("report", JX.toString(), "--verification", v.toString(), "--no-mc", "--lang", "en", "-o", pdf.toString());
        assertEquals(0, ok.code(), ok.err());

        Path keys = TestKeys.keyStore(dir, "lead.p12", "C=CN, O=CEC, CN=Zhang Wei");
        Path reviewerKeys = TestKeys.keyStore(dir, "reviewer.p12", "C=CN, O=CEC, CN=Wang Fang");
        Path pass = Files.writeString(dir.resolve("pass.txt"), TestKeys.PASSWORD + "\n");
        Path seal = Files.write(dir.resolve("seal.png"), TestKeys.seal());
        Path signed1 = dir.resolve("signed-1.pdf");
        CliTest.Run s1 = run("sign", pdf.toString(), "--keystore", keys.toString(), "--storepass-file", pass.toString(),
                "--field", "verifier", "--reason", "Verification statement", "--location", "Beijing", "--image", seal.toString(),
                "-o", signed1.toString());
        assertEquals(0, s1.code(), s1.err());
        Path signed2 = dir.resolve("signed-2.pdf");
        CliTest.Run s2 = run("sign", signed1.toString(), "--keystore", reviewerKeys.toString(), "--storepass-file", pass.toString(),
                "--field", "reviewer", "-o", signed2.toString());
        assertEquals(0, s2.code(), s2.err());

        CliTest.Run check = run("sign", "--verify", signed2.toString());
        assertEquals(0, check.code(), check.err());
        List<String> lines = check.out().lines().toList();
        assertEquals("verifier: valid", lines.get(0));
        assertEquals("  signer:  CN=Zhang Wei, O=CEC, C=CN", lines.get(1));
        assertTrue(lines.get(2).startsWith("  time:    20"), lines.get(2));
        assertEquals("  type:    ETSI.CAdES.detached", lines.get(3));
        assertEquals("  covers:  the document up to revision 2 of 3", lines.get(4));
        assertEquals("  changed after signing: yes (later revisions, e.g. further signatures)", lines.get(5));
        assertEquals("reviewer: valid", lines.get(6));
        assertEquals("  covers:  the document up to revision 3 of 3", lines.get(10));
        assertEquals("  changed after signing: no", lines.get(11));

        // tampered: exit 1, the signatures are reported as not valid
        byte[] b = Files.readAllBytes(signed2);
        int at = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("Flying Saucer");
        b[at] = 'G';
        Path tampered = Files.write(dir.resolve("tampered.pdf"), b);
        CliTest.Run t2 = run("sign", "--verify", tampered.toString());
        assertEquals(1, t2.code());
        assertTrue(t2.out().startsWith("verifier: NOT VALID: "), t2.out());
    }

    @Test
    void signingErrorsExitOneAndWriteNothing() throws Exception {
        Path v = new VerificationBook().write(dir, "V.xlsx");
        Path pdf = dir.resolve("report.pdf");
        assertEquals(0, run("report", JX.toString(), "--verification", v.toString(), "--no-mc", "--lang", "zh", "-o", pdf.toString()).code());
        Path keys = TestKeys.keyStore(dir, "lead.p12", "CN=Zhang Wei");
        Path pass = Files.writeString(dir.resolve("pass.txt"), TestKeys.PASSWORD);
        Path wrong = Files.writeString(dir.resolve("wrong.txt"), "not it");
        Path out = dir.resolve("signed.pdf");

        CliTest.Run r = run("sign", pdf.toString(), "--keystore", keys.toString(), "--storepass-file", wrong.toString(), "-o", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("error: " + keys + ": wrong key store password"), r.err());

        Path certOnly = TestKeys.certificateOnly(dir, "cert.p12");
        r = run("sign", pdf.toString(), "--keystore", certOnly.toString(), "--storepass-file", pass.toString(), "-o", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(certOnly + " holds no private key"), r.err());

        r = run("sign", pdf.toString(), "--keystore", keys.toString(), "--storepass-file", pass.toString(), "--field", "boss", "-o", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("has no signature field \"boss\"; its signature fields are: verifier, reviewer"), r.err());
        assertFalse(Files.exists(out));

        assertEquals(0, run("sign", pdf.toString(), "--keystore", keys.toString(), "--storepass-file", pass.toString(), "-o", out.toString()).code());
        Path again = dir.resolve("again.pdf");
        r = run("sign", out.toString(), "--keystore", keys.toString(), "--storepass-file", pass.toString(), "--field", "verifier", "-o", again.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("signature field \"verifier\" is already signed by Zhang Wei"), r.err());
        assertFalse(Files.exists(again));

        // the password is never an argument: without a source of it (and no console) it is a usage error
        r = run("sign", pdf.toString(), "--keystore", keys.toString(), "-o", again.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--storepass-env VAR or --storepass-file F"), r.err());
        r = run("sign", pdf.toString(), "--keystore", keys.toString(), "--storepass-env", "PCF_TEST_SURELY_UNSET_VARIABLE", "-o", again.toString());
        assertEquals(2, r.code());
        assertFalse(Files.exists(again));
    }

    @Test
    void problemsOfBothWorkbooksListedAtOnce() throws Exception {
        // the company's workbook with an amount that is not a number
        Path company = dir.resolve("company.xlsx");
        try (InputStream in = Files.newInputStream(JX); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheet("活动数据 Activity");
            int amount = -1;
            for (var c : sheet.getRow(0)) if (c.getStringCellValue().contains("Amount")) amount = c.getColumnIndex();
            sheet.getRow(1).getCell(amount).setCellValue("abc");
            try (OutputStream out = Files.newOutputStream(company)) {
                wb.write(out);
            }
        }
        VerificationBook b = new VerificationBook();
        b.findings.add(List.of("NC-02", "不符合项 non-conformity", "运输距离无依据", "", "'活动数据 Activity'!Z99", "未关闭 open", ""));
        Path v = b.write(dir, "V.xlsx");
        Path target = dir.resolve("r.pdf");
        CliTest.Run r = run("report", company.toString(), "--verification", v.toString(), "--no-mc", "-o", target.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("error: '活动数据 Activity'!"), r.err());
        assertTrue(r.err().contains("error: '核查发现 Findings'!A4: non-conformity NC-02 (row 4) is open"), r.err());
        assertFalse(Files.exists(target));
    }
}
