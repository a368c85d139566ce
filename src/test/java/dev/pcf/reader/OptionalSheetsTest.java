package dev.pcf.reader;

import dev.pcf.workbook.Schema;

import dev.pcf.model.Improvement;
import dev.pcf.model.Picture;
import dev.pcf.model.PictureKind;
import dev.pcf.model.TeamMember;
import dev.pcf.model.TeamRole;
import dev.pcf.model.Text;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The optional Team, Improvements and Images sheets. */
class OptionalSheetsTest {

    @Test
    void readsTeamRolesInEitherLanguage() {
        TestWorkbook t = TestWorkbook.minimal();
        String[][] rows = {{"张三", "编制 Author"}, {"李四", "组长"}, {"王五", "Member"}, {"赵六", "审核"}, {"Ann Lee", "team leader"}};
        for (String[] r : rows) {
            t.row(Schema.TEAM, Map.of(TeamMember.NAME, r[0], TeamMember.ROLE, r[1], TeamMember.CERTIFICATE, "2024-CCAA-1"));
        }
        Reading read = t.readXlsx();
        Expect.errors(read);
        assertEquals(List.of(TeamRole.AUTHOR, TeamRole.LEADER, TeamRole.MEMBER, TeamRole.REVIEWER, TeamRole.LEADER),
                read.workbook().team().stream().map(TeamMember::role).toList());
        assertEquals("2024-CCAA-1", read.workbook().team().get(0).certificate());
        assertEquals(null, read.workbook().team().get(0).organisation());
    }

    @Test
    void rejectsUnknownRoleAndNamelessMember() {
        Reading r = TestWorkbook.minimal().row(Schema.TEAM, Map.of(TeamMember.NAME, "张三", TeamMember.ROLE, "boss"))
                .row(Schema.TEAM, Map.of(TeamMember.ROLE, "组员")).readXlsx();
        Expect.errors(r, "'评价组 Team'!B2: 角色 Role must be one of 编制 Author, 组长 Team leader, 组员 Member, 审核 Reviewer, "
                        + "found \"boss\"",
                "'评价组 Team'!A3: 姓名 Name is required but empty");
        assertEquals(List.of(), r.workbook().team());
    }

    @Test
    void readsImprovements() {
        Reading r = TestWorkbook.minimal().row(Schema.IMPROVEMENTS, Map.of(Improvement.ZH, "提高光伏发电比例",
                        Improvement.EN, "Raise the share of solar power"))
                .row(Schema.IMPROVEMENTS, Map.of())
                .row(Schema.IMPROVEMENTS, Map.of(Improvement.ZH, "优化运输路线")).readXlsx();
        Expect.errors(r);
        assertEquals(List.of(Text.of("提高光伏发电比例", "Raise the share of solar power"), Text.of("优化运输路线", "")),
                r.workbook().improvements().stream().map(Improvement::text).toList());
    }

    @Test
    void teamAndImprovementSheetsAreOptional() {
        Reading r = TestWorkbook.minimal().dropSheet(Schema.TEAM).dropSheet(Schema.IMPROVEMENTS).readXlsx();
        Expect.errors(r);
        Expect.warnings(r);
    }

    private static byte[] png(int rgb) {
        BufferedImage img = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, rgb);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static TestWorkbook withPictures(byte[] a, byte[] b, byte[] c, byte[] d) {
        return TestWorkbook.minimal()
                .imageLabel(2, "产品图片 Product photo").picture(2, a)
                .imageLabel(3, "Process flow chart").picture(3, b)
                .imageLabel(4, "企业标志").picture(4, c)
                .imageLabel(5, "其它 Other").picture(5, d);
    }

    @Test
    void extractsPicturesWithTheKindOfTheirRow() {
        byte[] a = png(0xFF0000), b = png(0x00FF00), c = png(0x0000FF), d = png(0x123456);
        for (boolean xls : new boolean[] {false, true}) {
            TestWorkbook t = withPictures(a, b, c, d);
            Reading r = xls ? t.readXls() : t.readXlsx();
            Expect.errors(r);
            Expect.warnings(r, "'图片 Images'!B5: picture left out: column A of its row should name it (产品图片 Product photo, "
                    + "工艺流程图 Process flow chart, 厂区布局 Plant layout or 企业标志 Company logo), found \"其它 Other\"");
            List<Picture> p = r.workbook().pictures();
            assertEquals(List.of(PictureKind.PRODUCT_PHOTO, PictureKind.PROCESS_FLOW, PictureKind.COMPANY_LOGO),
                    p.stream().map(Picture::kind).toList());
            assertArrayEquals(a, p.get(0).data());
            assertArrayEquals(b, p.get(1).data());
            assertArrayEquals(c, p.get(2).data());
            assertEquals("image/png", p.get(0).mimeType());
            assertEquals("'图片 Images'!B3", p.get(1).anchor().toString());
        }
    }
}
