package dev.pcf.reader;

import dev.pcf.workbook.Schema;

import dev.pcf.model.Activity;
import dev.pcf.model.Problem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Messages for what users of LibreOffice and merged cells run into (issue 9). */
class ReaderMessagesTest {
    @Test
    void anOpenDocumentSpreadsheetIsNamedAndTheFixIsSaid() throws Exception {
        // an .ods as LibreOffice writes it: first entry "mimetype", stored uncompressed
        byte[] mime = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e = new ZipEntry("mimetype");
            e.setMethod(ZipEntry.STORED);
            e.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            e.setCrc(crc.getValue());
            zip.putNextEntry(e);
            zip.write(mime);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        }
        List<Problem> p = WorkbookReader.read(out.toByteArray(), "data.ods").problems();
        assertEquals(List.of("data.ods: an OpenDocument spreadsheet (.ods, as LibreOffice or WPS save by default), not an"
                + " Excel workbook; open it in LibreOffice Calc, choose File > Save As…, file type \"Excel 2007-365"
                + " (.xlsx)\", keep the format, and give pcf the .xlsx file"), p.stream().map(Problem::message).toList());
    }

    @Test
    void anEmptyCellOfAMergedRangeSaysSo() {
        // the user merged A2:A3 of Activity: both rows show RAW, but Excel keeps the value in A2 only
        byte[] xlsx = TestWorkbook.edit(TestWorkbook.minimal().set(Schema.ACTIVITY, 3, Activity.STAGE, null).xlsx(),
                wb -> wb.getSheet(Schema.ACTIVITY.title()).addMergedRegion(CellRangeAddress.valueOf("A2:A3")));
        List<String> errors = WorkbookReader.read(xlsx, "m.xlsx").errors().stream().map(Problem::toString).toList();
        assertEquals(List.of("'活动数据 Activity'!A3: 阶段代码 Stage code is required but empty: the cell is part of the"
                + " merged range A2:A3, whose value Excel keeps in A2 only; unmerge the range and fill every row"), errors);
    }
}
