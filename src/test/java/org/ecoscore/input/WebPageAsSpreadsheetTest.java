package org.ecoscore.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecoscore.cli.CliRun;
import org.ecoscore.core.EcoscoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (new-user test): an HTML table saved as .xls (as some web "Excel" downloads are) was read as CSV text
 * and refused with "no header row matching the framework's questions … give -f", which sends the user to the
 * framework. It is a web page: say so, and say to save it as .xlsx. A CSV named .xlsx is still read as CSV.
 */
class WebPageAsSpreadsheetTest {
    @TempDir
    Path dir;

    @Test
    void anHtmlTableNamedXlsIsAWebPageInZhAndEn() throws Exception {
        Path html = Files.writeString(dir.resolve("问卷星导出.xls"), "\uFEFF\n  <html><head><meta charset=\"utf-8\"></head>"
                + "<body><table><tr><td>序号</td><td>1、本企业…</td></tr></table></body></html>", StandardCharsets.UTF_8);
        EcoscoreException e = assertThrows(EcoscoreException.class, () -> SpreadsheetFiles.open(html, "问卷星导出.xls"));
        assertEquals("web-page", e.code());
        assertEquals(3, e.exitCode());
        Path xml = Files.writeString(dir.resolve("export.xls"), "<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-"
                + "microsoft-com:office:spreadsheet\"></Workbook>", StandardCharsets.UTF_8);
        assertEquals("web-page", assertThrows(EcoscoreException.class, () -> SpreadsheetFiles.open(xml, "x")).code());

        CliRun en = CliRun.of("validate", html.toString(), "--lang", "en");
        assertEquals(3, en.exitCode(), en.out() + en.err());
        assertTrue((en.out() + en.err()).contains(html + ": is a web page (HTML or XML), not a spreadsheet, though it may "
                + "carry a spreadsheet's name (some web \"Excel\" downloads are): open it in Excel or WPS and save it as "
                + ".xlsx, then run again"), en.out() + en.err());
        CliRun zh = CliRun.of("validate", html.toString(), "--lang", "zh");
        assertTrue((zh.out() + zh.err()).contains("是网页（HTML 或 XML），不是电子表格"), zh.out() + zh.err());
        assertTrue(en.noStackTrace() && zh.noStackTrace());
    }

    @Test
    void aCsvNamedXlsxIsStillReadAsCsv() throws Exception {
        Path csv = Files.writeString(dir.resolve("firms.xlsx"), "id,name\nF1,甲\n", StandardCharsets.UTF_8);
        try (SpreadsheetFile f = SpreadsheetFiles.open(csv, "firms.xlsx")) {
            assertEquals(1, f.sheetNames().size());
        }
    }

    /*
     * New-user finding (session 8): a list of firms in plain text saved as 企业名单.xlsx was refused with "no header row
     * matching the framework's questions … give -f", which sends the user to the framework. It is plain text under a
     * workbook's name: say so (a questionnaire exported as text under such a name is still read, as above).
     */
    @Test
    void plainTextNamedXlsxWithNoQuestionnaireIsSaidToBeText() throws Exception {
        Path text = Files.writeString(dir.resolve("企业名单.xlsx"), "企业名单\n甲公司\n乙公司\n", StandardCharsets.UTF_8);
        CliRun en = CliRun.of("validate", text.toString(), "--lang", "en");
        assertEquals(3, en.exitCode(), en.out() + en.err());
        assertTrue((en.out() + en.err()).contains("is plain text, not a workbook, though it is named like one, and no row"
                + " of it is a questionnaire's header: if it is a survey export, download it again (as .xlsx); otherwise"
                + " move it out of the inputs"), en.out() + en.err());
        CliRun zh = CliRun.of("validate", text.toString(), "--lang", "zh");
        assertTrue((zh.out() + zh.err()).contains("是纯文本而不是工作簿（尽管文件名像工作簿），且没有一行是问卷的表头"),
                zh.out() + zh.err());
        // a text file named .csv without a questionnaire keeps the header message, which is the right one there
        Path csv = Files.writeString(dir.resolve("名单.csv"), "企业名单\n甲公司\n", StandardCharsets.UTF_8);
        CliRun plain = CliRun.of("validate", csv.toString(), "--lang", "en");
        assertTrue((plain.out() + plain.err()).contains("no header row matching the framework's questions"),
                plain.out() + plain.err());
    }
}
