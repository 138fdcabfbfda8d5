package org.ecoscore.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecoscore.core.EcoscoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lean xlsx reader against files written by POI and by hand (SPEC §2 cell kinds). */
class XlsxReaderTest {
    @TempDir
    Path dir;

    /** 45000.5 = 2023-03-15 12:00 in the 1900 date system. */
    private static final double SERIAL = 45000.5;

    private Path poiWorkbook(Workbook wb, String name) throws Exception {
        CellStyle pct = wb.createCellStyle();
        pct.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
        CellStyle plain = wb.createCellStyle();
        plain.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        Sheet first = wb.createSheet("问卷");
        Row h = first.createRow(0);
        h.createCell(0).setCellValue("企业名称");
        h.createCell(1).setCellValue("A & B <c> \"q\" 'a'");
        h.createCell(2).setCellValue("  padded  ");
        Row r = first.createRow(1);
        r.createCell(0).setCellValue(42);
        r.createCell(1).setCellValue(0.125);
        r.getCell(1).setCellStyle(pct);
        // column 2 left blank in the middle
        r.createCell(3).setCellValue(SERIAL);
        r.getCell(3).setCellStyle(date);
        r.createCell(4).setCellValue(true);
        r.createCell(5).setCellValue(-3.25);
        r.getCell(5).setCellStyle(plain);
        Row gap = first.createRow(4); // rows 3 and 4 absent
        gap.createCell(2).setCellValue("非常同意");
        first.createRow(6).createCell(0).setCellValue(""); // a row with only an empty string: skipped
        Sheet hidden = wb.createSheet("hidden");
        hidden.createRow(0).createCell(0).setCellValue("secret");
        wb.createSheet("third").createRow(0).createCell(0).setCellValue(1);
        wb.setSheetHidden(1, true);
        Path p = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(p)) {
            wb.write(out);
        }
        wb.close();
        return p;
    }

    private static final List<String> EXPECTED = List.of(
            "1:企业名称|A & B <c> \"q\" 'a'|  padded  ",
            "2:N42.0|P0.125||D45000.5|B1.0|N-3.25",
            "5:||非常同意");

    @Test
    void xssfWorkbookWithSharedStringsReadsEveryKindOfCell() throws Exception {
        Path p = poiWorkbook(new XSSFWorkbook(), "x.xlsx");
        assertEquals(EXPECTED, ReaderTestSupport.rows(p, 0));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void sxssfWithAndWithoutSharedStringsReadsTheSame(boolean sharedStrings) throws Exception {
        Path p = poiWorkbook(new SXSSFWorkbook(null, 100, false, sharedStrings), "s" + sharedStrings + ".xlsx");
        assertEquals(EXPECTED, ReaderTestSupport.rows(p, 0));
    }

    @Test
    void singleThreadedInflationReadsTheSame() throws Exception {
        Path p = poiWorkbook(new XSSFWorkbook(), "x.xlsx");
        try (SpreadsheetFile f = XlsxFile.open(p, "x.xlsx", false); CellSource s = f.open(0)) {
            assertEquals(EXPECTED, ReaderTestSupport.rows(s));
        }
    }

    @Test
    void sheetOrderNamesAndHiddenFlag() throws Exception {
        Path p = poiWorkbook(new XSSFWorkbook(), "x.xlsx");
        try (SpreadsheetFile f = SpreadsheetFiles.open(p, "x.xlsx")) {
            assertEquals(List.of("问卷", "hidden", "third"), f.sheetNames());
            assertFalse(f.hidden(0));
            assertTrue(f.hidden(1));
            assertFalse(f.hidden(2));
            try (CellSource s = f.open(1)) {
                assertEquals("hidden", s.sheet());
                assertEquals(List.of("1:secret"), ReaderTestSupport.rows(s));
            }
        }
    }

    @Test
    void sharedStringIndexIsExposedAndStable() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("s");
        s.createRow(0).createCell(0).setCellValue("同意");
        s.createRow(1).createCell(0).setCellValue("不同意");
        s.createRow(2).createCell(0).setCellValue("同意");
        Path p = dir.resolve("ss.xlsx");
        try (OutputStream out = Files.newOutputStream(p)) {
            wb.write(out);
        }
        try (SpreadsheetFile f = SpreadsheetFiles.open(p, "ss.xlsx"); CellSource c = f.open(0)) {
            int[] idx = new int[3];
            for (int i = 0; i < 3; i++) {
                assertTrue(c.nextRow());
                idx[i] = c.stringIndex(0);
            }
            assertEquals(0, idx[0]);
            assertEquals(1, idx[1]);
            assertEquals(0, idx[2]);
        }
    }

    @Test
    void richTextRunsAreConcatenated() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFRichTextString rich = new XSSFRichTextString("粗体 and plain");
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        rich.applyFont(0, 2, bold);
        wb.createSheet("s").createRow(0).createCell(0).setCellValue(rich);
        Path p = dir.resolve("rich.xlsx");
        try (OutputStream out = Files.newOutputStream(p)) {
            wb.write(out);
        }
        assertEquals(List.of("1:粗体 and plain"), ReaderTestSupport.rows(p, 0));
    }

    @Test
    void formulaGivesItsCachedValueNeverEvaluated() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        Row r = wb.createSheet("s").createRow(0);
        r.createCell(0).setCellValue(2);
        XSSFCell f = (XSSFCell) r.createCell(1);
        f.setCellFormula("A1*1000");
        f.setCellValue(7); // the cached result, deliberately not 2000
        XSSFCell g = (XSSFCell) r.createCell(2);
        g.setCellFormula("\"x\"&\"y\"");
        g.setCellValue("cached");
        Path p = dir.resolve("f.xlsx");
        try (OutputStream out = Files.newOutputStream(p)) {
            wb.write(out);
        }
        assertEquals(List.of("1:N2.0|N7.0|cached"), ReaderTestSupport.rows(p, 0));
    }

    // ---- hand-written packages ------------------------------------------------------------------------

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    static void writePackage(Path p, String mainNs, String relNs, String sheetXml, String sharedXml,
                             Map<String, String> extra) throws Exception {
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
            put(z, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types"
                    + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            put(z, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + relNs + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(z, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"" + mainNs + "\" xmlns:r=\"" + relNs
                    + "\"><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + "<sheet name=\"Hid\" sheetId=\"2\" state=\"veryHidden\" r:id=\"rId9\"/></sheets></workbook>");
            put(z, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + relNs + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + relNs + "/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>"
                    + "</Relationships>");
            put(z, "xl/worksheets/sheet1.xml", sheetXml);
            if (sharedXml != null) put(z, "xl/sharedStrings.xml", sharedXml);
            for (Map.Entry<String, String> e : extra.entrySet()) put(z, e.getKey(), e.getValue());
        }
    }

    private static void put(ZipOutputStream z, String name, String text) throws Exception {
        z.putNextEntry(new ZipEntry(name));
        z.write(text.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    private Path handWritten(String sheetData, String shared) throws Exception {
        Path p = dir.resolve("hand.xlsx");
        writePackage(p, MAIN, REL, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN
                + "\"><sheetData>" + sheetData + "</sheetData><mergeCells/></worksheet>", shared, Map.of());
        return p;
    }

    /**
     * The scanner reads references, attribute values and text in loops over its current block of inflated bytes
     * (512 KB): a sheet of several blocks, shifted so that block ends fall at different places inside references,
     * values, entities and escapes, reads the same as it is written.
     */
    @Test
    void valuesAcrossTheEndsOfInflatedBlocksReadWhole() throws Exception {
        for (int shift = 0; shift < 12; shift++) {
            StringBuilder xml = new StringBuilder();
            List<String> expected = new java.util.ArrayList<>();
            for (int i = 1; i <= 4200; i++) {
                int n = (i * 37 + shift * 11) % 300;
                String run = "a".repeat(n);
                xml.append("<row r=\"").append(i).append("\"><c r=\"A").append(i).append("\" t=\"inlineStr\"><is><t>行")
                        .append(run).append("&amp;b</t></is></c><c r=\"B").append(i).append("\" s=\"0\"><v>").append(i)
                        .append(".25</v></c><c r=\"C").append(i).append("\" t=\"str\"><v>x_x0041_&#x4E2D;y").append(run)
                        .append("</v></c></row>");
                // written: 行, n × a, &amp; → &; i.25 a number; _x0041_ is A and &#x4E2D; is 中
                expected.add(i + ":行" + run + "&b|N" + i + ".25|xA中y" + run);
            }
            Path p = dir.resolve("blocks" + shift + ".xlsx");
            writePackage(p, MAIN, REL, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN
                    + "\"><sheetPr codeName=\"" + "p".repeat(shift * 9) + "\"/><sheetData>" + xml
                    + "</sheetData></worksheet>", null, Map.of());
            assertEquals(expected, ReaderTestSupport.rows(p, 0), "shift " + shift);
        }
    }

    /**
     * The scanner reads the common cell shape (r, s, t="s|n|b", a plain value) in a loop of its own and leaves every
     * other shape to the general reader: a sheet of several blocks mixing both, in random order, reads as written —
     * each cell's text below is what was put in it, not what the reader made of it.
     */
    @Test
    void commonAndUncommonCellShapesMixedReadAsWritten() throws Exception {
        java.util.Random random = new java.util.Random(20261202);
        String[] strings = {"非常同意", "同意", "一般", "A & B", " padded ", "x"};
        StringBuilder sst = new StringBuilder("<?xml version=\"1.0\"?><sst xmlns=\"" + MAIN + "\">");
        for (String t : strings) sst.append("<si><t xml:space=\"preserve\">").append(t.replace("&", "&amp;")).append("</t></si>");
        sst.append("</sst>");
        // number texts, each read as Double.parseDouble reads it ("-0" as 0, as it always has been: + 0.0)
        String[] numberTexts = {"3", "-3.25", "007", "0.125", "1E-3", "123456789012345678", "-0", "945.", "2.50",
                "-12345678901234567"};
        String[][] numbers = new String[numberTexts.length][];
        for (int k = 0; k < numbers.length; k++) {
            numbers[k] = new String[] {numberTexts[k], String.valueOf(Double.parseDouble(numberTexts[k]) + 0.0)};
        }
        StringBuilder xml = new StringBuilder();
        List<String> expected = new java.util.ArrayList<>();
        for (int r = 1; r <= 6000; r++) {
            xml.append("<row r=\"").append(r).append("\">");
            List<String> cells = new java.util.ArrayList<>();
            int col = 0;
            for (int k = 0; k < 14; k++) {
                col += 1 + (random.nextInt(5) == 0 ? 1 : 0); // now and then a column left out
                String ref = org.ecoscore.core.Text.columnLetters(col - 1) + r;
                int shape = random.nextInt(14);
                int i = random.nextInt(strings.length);
                String[] num = numbers[random.nextInt(numbers.length)];
                String cell;
                String value;
                switch (shape) {
                    case 0 -> { cell = "<c r=\"" + ref + "\" t=\"s\"><v>" + i + "</v></c>"; value = strings[i]; }
                    case 1 -> { cell = "<c r=\"" + ref + "\" s=\"0\" t=\"s\"><v>" + i + "</v></c>"; value = strings[i]; }
                    case 2 -> { cell = "<c t=\"s\" s=\"3\" r=\"" + ref + "\"><v>" + i + "</v></c>"; value = strings[i]; }
                    case 3 -> { cell = "<c r=\"" + ref + "\" s=\"1\"><v>" + num[0] + "</v></c>"; value = "N" + num[1]; }
                    case 4 -> { cell = "<c r=\"" + ref + "\" t=\"n\"><v>" + num[0] + "</v></c>"; value = "N" + num[1]; }
                    case 5 -> { cell = "<c r=\"" + ref + "\" s=\"2\"/>"; value = ""; }
                    case 6 -> { cell = "<c r=\"" + ref + "\" t=\"b\"><v>" + (i % 2) + "</v></c>"; value = "B" + (i % 2) + ".0"; }
                    case 7 -> { cell = "<c r=\"" + ref + "\"><f>1+1</f><v>2</v></c>"; value = "N2.0"; }
                    case 8 -> { cell = "<c r=\"" + ref + "\" t=\"str\"><v>a_x0041_&amp;</v></c>"; value = "aA&"; }
                    case 9 -> { cell = "<c r=\"" + ref.toLowerCase() + "\" t=\"s\"><v>" + i + "</v></c>"; value = strings[i]; }
                    case 10 -> { cell = "<c  r=\"" + ref + "\"   t=\"s\" ><v> " + i + " </v></c>"; value = strings[i]; }
                    case 11 -> { cell = "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>行" + i + "</t></is></c>"; value = "行" + i; }
                    case 12 -> { cell = "<c r=\"" + ref + "\" cm=\"1\" t=\"s\"><v>" + i + "</v></c>"; value = strings[i]; }
                    default -> { cell = "<c r=\"" + ref + "\" t=\"s\">\n<v>" + i + "</v>\n</c>"; value = strings[i]; }
                }
                xml.append(cell);
                while (cells.size() < col - 1) cells.add("");
                cells.add(value);
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) cells.remove(cells.size() - 1);
            xml.append("</row>");
            if (!cells.isEmpty()) expected.add(r + ":" + String.join("|", cells));
        }
        Path p = dir.resolve("shapes.xlsx");
        writePackage(p, MAIN, REL, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN
                + "\"><sheetData>" + xml + "</sheetData></worksheet>", sst.toString(), Map.of());
        assertTrue(xml.length() > 3 * 512 * 1024, "several inflated blocks");
        List<String> read = ReaderTestSupport.rows(p, 0);
        for (int k = 0; k < Math.min(expected.size(), read.size()); k++) assertEquals(expected.get(k), read.get(k));
        assertEquals(expected.size(), read.size());
    }

    @Test
    void cellsAndRowsWithoutReferenceTakeTheNextPosition() throws Exception {
        Path p = handWritten("<row><c t=\"inlineStr\"><is><t>a</t></is></c><c><v>1</v></c></row>"
                + "<row r=\"5\"><c r=\"C5\"><v>2</v></c><c><v>3</v></c></row><row><c><v>4</v></c></row>", null);
        assertEquals(List.of("1:a|N1.0", "5:||N2.0|N3.0", "6:N4.0"), ReaderTestSupport.rows(p, 0));
    }

    @Test
    void sharedStringsDecodeEntitiesEscapesRunsAndSkipPhonetics() throws Exception {
        String sst = "<?xml version=\"1.0\"?><sst xmlns=\"" + MAIN + "\" count=\"3\" uniqueCount=\"3\">"
                + "<si><t xml:space=\"preserve\"> a &amp; b &lt;&gt;&quot;&apos;&#20013;&#x6587; </t></si>"
                + "<si><r><t>漢</t></r><r><rPr><b/></rPr><t>字</t></r><rPh sb=\"0\" eb=\"1\"><t>かんじ</t></rPh></si>"
                + "<si><t>tab_x0009_end_x005F_x0041_</t></si></sst>";
        Path p = handWritten("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                + "<c r=\"C1\" t=\"s\"><v>2</v></c></row>", sst);
        assertEquals(List.of("1: a & b <>\"'中文 |漢字|tab\tend_x0041_"), ReaderTestSupport.rows(p, 0));
    }

    @Test
    void inlineEntitiesPrefixesErrorsAndIsoDates() throws Exception {
        Path p = dir.resolve("prefixed.xlsx");
        writePackage(p, MAIN, REL, "<x:worksheet xmlns:x=\"" + MAIN + "\"><x:sheetData><x:row r=\"2\">"
                + "<x:c r=\"A2\" t=\"inlineStr\"><x:is><x:t>&#x4E2D;&amp;&#65;</x:t><x:rPh><x:t>no</x:t></x:rPh></x:is></x:c>"
                + "<x:c r=\"B2\" t=\"e\"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c>"
                + "<x:c r=\"C2\" t=\"b\"><x:v>0</x:v></x:c>"
                + "<x:c r=\"D2\" t=\"d\"><x:v>2023-03-15T12:00:00</x:v></x:c>"
                + "<x:c r=\"E2\" t=\"str\"><x:f>A2</x:f><x:v>中&amp;A</x:v></x:c>"
                + "<x:c r=\"F2\" s=\"3\"/><x:c r=\"G2\"><x:v>1.5E3</x:v></x:c>"
                + "</x:row></x:sheetData></x:worksheet>", null, Map.of());
        assertEquals(List.of("2:中&A|#DIV/0!|B0.0|D45000.5|中&A||N1500.0"), ReaderTestSupport.rows(p, 0));
    }

    @Test
    void strictOoxmlNamespacesAreReadByTheLeanPath() throws Exception {
        String strict = "http://purl.oclc.org/ooxml/spreadsheetml/main";
        Path p = dir.resolve("strict.xlsx");
        writePackage(p, strict, "http://purl.oclc.org/ooxml/officeDocument/relationships",
                "<worksheet xmlns=\"" + strict + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                        + "<c r=\"B1\"><v>3</v></c></row></sheetData></worksheet>",
                "<sst xmlns=\"" + strict + "\"><si><t>严格</t></si></sst>", Map.of());
        try (SpreadsheetFile f = SpreadsheetFiles.open(p, "strict.xlsx")) {
            assertEquals(List.of("Data", "Hid"), f.sheetNames());
            assertTrue(f.hidden(1));
            try (CellSource s = f.open(0)) {
                assertEquals(List.of("1:严格|N3.0"), ReaderTestSupport.rows(s));
            }
        }
    }

    @Test
    void doctypeInSheetIsRefused() throws Exception {
        Path p = dir.resolve("xxe.xlsx");
        writePackage(p, MAIN, REL, "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row><c t=\"inlineStr\"><is><t>&x;</t></is></c></row>"
                + "</sheetData></worksheet>", null, Map.of());
        EcoscoreException e = assertThrows(EcoscoreException.class, () -> ReaderTestSupport.rows(p, 0));
        assertEquals(3, e.exitCode());
        assertEquals("xxe.xlsx", e.file());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void doctypeInSharedStringsIsRefused() throws Exception {
        Path p = handWritten("<row><c t=\"s\"><v>0</v></c></row>", "<?xml version=\"1.0\"?>"
                + "<!DOCTYPE sst [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><sst xmlns=\"" + MAIN
                + "\"><si><t>&x;</t></si></sst>");
        EcoscoreException e = assertThrows(EcoscoreException.class, () -> ReaderTestSupport.rows(p, 0));
        assertEquals(3, e.exitCode());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void date1904WorkbooksGiveSerialsOfThe1900System() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        var ct = wb.getCTWorkbook();
        (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
        CellStyle date = wb.createCellStyle();
        date.setDataFormat((short) 14);
        Row r = wb.createSheet("s").createRow(0);
        r.createCell(0).setCellValue(LocalDateTime.of(2023, 3, 15, 12, 0));
        r.getCell(0).setCellStyle(date);
        Path p = dir.resolve("d1904.xlsx");
        try (OutputStream out = Files.newOutputStream(p)) {
            wb.write(out);
        }
        assertEquals(List.of("1:D45000.5"), ReaderTestSupport.rows(p, 0));
    }
}
