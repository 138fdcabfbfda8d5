package org.ecoscore.input;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Not a test: a measuring utility for the xlsx reader. {@code gen FILE ROWS COLS} writes a 问卷星-style
 * workbook with SXSSF and shared strings; {@code read FILE [single]} reads every cell of the first sheet
 * with the lean reader and prints cells and seconds. Run with the test classpath.
 */
public final class XlsxBenchTool {
    private static final String[] LABELS = {"非常不同意", "不同意", "一般", "同意", "非常同意", "是", "否"};

    private XlsxBenchTool() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("gen")) generate(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        else read(Path.of(args[1]), args.length > 2 && args[2].equals("single"));
    }

    static void generate(Path file, int rows, int cols) throws Exception {
        Random random = new Random(1);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, true)) {
            Sheet s = wb.createSheet("Sheet1");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("序号");
            h.createCell(1).setCellValue("提交答卷时间");
            h.createCell(2).setCellValue("企业名称");
            for (int c = 3; c < cols; c++) h.createCell(c).setCellValue(c + "、问题" + c);
            for (int r = 1; r <= rows; r++) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue("2025/3/" + (1 + r % 28) + " 15:29:52");
                row.createCell(2).setCellValue("企业" + r);
                for (int c = 3; c < cols; c++) {
                    if (c % 10 == 0) row.createCell(c).setCellValue(random.nextInt(1000));
                    else row.createCell(c).setCellValue(LABELS[random.nextInt(LABELS.length)]);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
    }

    static void read(Path file, boolean single) {
        long start = System.nanoTime();
        long cells = 0;
        double sum = 0;
        try (SpreadsheetFile f = single ? XlsxFile.open(file, file.toString(), false)
                : SpreadsheetFiles.open(file, file.toString()); CellSource s = f.open(0)) {
            while (s.nextRow()) {
                for (int c = 0; c < s.width(); c++) {
                    CellType t = s.type(c);
                    if (t == CellType.EMPTY) continue;
                    cells++;
                    if (t == CellType.STRING) sum += s.text(c).length();
                    else sum += s.number(c);
                }
            }
        }
        System.out.printf("cells=%d checksum=%.0f seconds=%.2f%n", cells, sum, (System.nanoTime() - start) / 1e9);
    }
}
