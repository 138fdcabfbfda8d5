package org.ecoscore.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecoscore.core.EcoscoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §2 CSV rules: encodings, delimiters, RFC 4180 quoting, physical row numbers. */
class CsvReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void aUtf8FileWithAFewDamagedBytesAndNulsIsReadWithTheDamagedCellsFlagged() throws Exception {
        // 27 multi-byte characters (统一社会信用代码 8 + 企业名称 4 + 甲公司 3 + 乙公司 3 + 丙公司 3 + 同意 2×3) and one
        // stray byte 0xFF inside 乙's name: 1 malformed sequence per 27 characters (≤ 1 per 20: damaged UTF-8,
        // not GBK); NULs pad F3's answer
        byte[] head = "统一社会信用代码,企业名称,Q1\nF1,甲公司,同意\nF2,乙".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "公司,同意\nF3,丙公司,同意\u0000\u0000\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = concat(concat(head, new byte[] {(byte) 0xFF}), tail);
        Path p = write("damaged.csv", all);
        assertTrue(SpreadsheetFiles.looksLikeText(all), "a few NULs do not make a file binary");
        org.ecoscore.core.IssueLog issues = new org.ecoscore.core.IssueLog();
        List<String> inputs = List.of(p.toString());
        ResponseTable t = InputReader.read(org.ecoscore.core.Level.FIRM, inputs, WorkedExample.framework(),
                org.ecoscore.core.Options.defaults(inputs, List.of()), issues, n -> { });
        assertEquals(3, t.rows());
        assertEquals("甲公司", t.meta(org.ecoscore.framework.MetaRole.NAME, 0), "read as UTF-8, not garbled");
        assertEquals("乙\uFFFD公司", t.meta(org.ecoscore.framework.MetaRole.NAME, 1));
        assertEquals(4, t.raw(0)[2], "F3's 同意 reads once its NULs are dropped");
        List<org.ecoscore.core.Issue> damaged = issues.all().stream().filter(i -> i.code().equals("damaged-cell"))
                .toList();
        assertEquals(2, damaged.size(), issues.all().toString());
        assertEquals(List.of(3, 4), damaged.stream().map(org.ecoscore.core.Issue::row).toList());
        assertEquals(List.of("B", "C"), damaged.stream().map(org.ecoscore.core.Issue::column).toList());
        assertTrue(damaged.get(0).message().startsWith("the cell holds 1 byte sequence that is not text"),
                damaged.get(0).message());
        assertTrue(damaged.get(1).message().startsWith("the cell held 2 NUL characters, dropped"));
        assertTrue(org.ecoscore.fixtures.CatalogueCheck.chinese(damaged.get(0)).startsWith("该单元格有 1 处字节不是文件编码下的文字（显示为 �）"));
        assertTrue(org.ecoscore.fixtures.CatalogueCheck.chinese(damaged.get(1)).startsWith("该单元格含 2 个 NUL 字符，已删除"));
        assertTrue(issues.all().stream().noneMatch(i -> i.code().equals("unreadable-file")));
    }

    @Test
    void aGbkFileIsStillReadAsGb18030() throws Exception {
        Path p = write("gbk.csv", "企业名称,得分\n华为,3\n".getBytes(CsvFile.GB18030));
        assertEquals(List.of("1:企业名称|得分", "2:华为|3"), ReaderTestSupport.rows(p, 0));
        assertTrue(!CsvFile.isMostlyUtf8(p));
    }

    @Test
    void utf8WithoutBomIsReadAsUtf8() throws Exception {
        Path p = write("a.csv", "企业名称,得分\n华为,3\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("1:企业名称|得分", "2:华为|3"), ReaderTestSupport.rows(p, 0));
    }

    @Test
    void utf8BomIsSkipped() throws Exception {
        Path p = write("a.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "id,名称\r\n1,甲\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("1:id|名称", "2:1|甲"), ReaderTestSupport.rows(p, 0));
    }

    @Test
    void utf16LittleEndianBomDecides() throws Exception {
        Path p = write("a.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "题目,答案\n同意,5\n".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(List.of("1:题目|答案", "2:同意|5"), ReaderTestSupport.rows(p, 0));
    }

    @Test
    void invalidUtf8FallsBackToGb18030() throws Exception {
        Path p = write("gbk.csv", "企业名称,地区\n某公司,北京\n".getBytes("GB18030"));
        try (CsvFile f = new CsvFile(p, "gbk.csv")) {
            assertEquals(Charset.forName("GB18030"), f.charset());
        }
        assertEquals(List.of("1:企业名称|地区", "2:某公司|北京"), ReaderTestSupport.rows(p, 0));
    }

    @Test
    void semicolonMostFrequentInFirstLineOfUnknownExtension() throws Exception {
        Path p = write("data.txt", "a;b;c,d\n1;2;3,4\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("1:a|b|c,d", "2:1|2|3,4"), ReaderTestSupport.rows(p, 0));
    }

    @Test
    void csvExtensionMeansCommaEvenWithSemicolons() throws Exception {
        Path p = write("data.csv", "a;b;c,d\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("1:a;b;c|d"), ReaderTestSupport.rows(p, 0));
    }

    @Test
    void tsvExtensionMeansTab() throws Exception {
        Path p = write("data.tsv", "a,x\tb\n1\t2\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("1:a,x|b", "2:1|2"), ReaderTestSupport.rows(p, 0));
    }

    @Test
    void quotedFieldsKeepCommasNewlinesAndQuotesAndRowNumbersArePhysicalLines() throws Exception {
        String csv = "id,comment,x\n"
                + "1,\"a, b\",2\n"
                + "2,\"line one\nline two\",3\n"
                + "\n"
                + "3,\"say \"\"hi\"\"\",\n"
                + ",,\n";
        Path p = write("q.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("1:id|comment|x", "2:1|a, b|2", "3:2|line one\nline two|3", "6:3|say \"hi\"",
                "7:"), ReaderTestSupport.rows(p, 0));
    }

    @Test
    void emptyFieldsAreEmptyAndSpacesAreKept() throws Exception {
        Path p = write("s.csv", " a ,,b\n".getBytes(StandardCharsets.UTF_8));
        try (SpreadsheetFile f = SpreadsheetFiles.open(p, "s.csv"); CellSource s = f.open(0)) {
            assertTrue(s.nextRow());
            assertEquals(3, s.width());
            assertEquals(" a ", s.text(0));
            assertEquals(CellType.EMPTY, s.type(1));
            assertEquals(CellType.STRING, s.type(2));
            assertEquals(-1, s.stringIndex(2));
            assertEquals("", s.sheet());
        }
    }

    @Test
    void unbalancedQuoteNamesItsLine() throws Exception {
        Path p = write("bad.csv", "id,name\n1,ok\n2,\"never closed\n3,x\n".getBytes(StandardCharsets.UTF_8));
        EcoscoreException e = assertThrows(EcoscoreException.class, () -> ReaderTestSupport.rows(p, 0));
        assertEquals(3, e.exitCode());
        assertEquals("bad.csv", e.file());
        assertEquals(3, e.row());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void manyRowsStream() throws Exception {
        StringBuilder sb = new StringBuilder("id,v\n");
        for (int i = 0; i < 20000; i++) sb.append(i).append(",同意\n");
        Path p = write("big.csv", sb.toString().getBytes(StandardCharsets.UTF_8));
        List<String> rows = ReaderTestSupport.rows(p, 0);
        assertEquals(20001, rows.size());
        assertEquals("20001:19999|同意", rows.get(20000));
    }

    @Test
    void aFileMixingUtf8AndGbkLinesIsReadAsGb18030WithAWarning() throws Exception {
        byte[] utf8 = "id,名称\nA,统一社会信用代码\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] gbk = "B,企业名称\n".getBytes(java.nio.charset.Charset.forName("GB18030"));
        byte[] all = java.util.Arrays.copyOf(utf8, utf8.length + gbk.length);
        System.arraycopy(gbk, 0, all, utf8.length, gbk.length);
        try (CsvFile f = new CsvFile(write("mixed.csv", all), "mixed.csv")) {
            assertEquals(CsvFile.GB18030, f.charset());
            assertEquals(1, f.encodingWarnings().size());
            assertTrue(f.encodingWarnings().get(0).startsWith("1 line(s) are UTF-8 (the first at line 2) and 1 are "
                    + "not"), f.encodingWarnings().get(0));
        }
        // a file wholly in GBK is no cause for doubt
        try (CsvFile f = new CsvFile(write("gbk.csv", "id,名称\nB,企业名称\n".getBytes(
                java.nio.charset.Charset.forName("GB18030"))), "gbk.csv")) {
            assertTrue(f.encodingWarnings().isEmpty());
        }
    }
}
