package org.ecoscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;

/**
 * The charts of the sheets {@code --by}, {@code --uncertainty} and {@code --baseline} add, written as plain XML,
 * read back by POI from a whole report of the samples: each sheet has its chart, whose series refer to the sheet's
 * own cells and whose cached categories and values are those cells'.
 */
class ReportChartsTest {
    @TempDir
    Path dir;

    private static final List<String> OPTIONS = List.of("--region-data", "samples/regions.xlsx", "-q", "--by",
            "industry", "--uncertainty", "40");

    private CliRun score(List<String> inputs, String out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("score"));
        args.addAll(inputs);
        args.addAll(OPTIONS);
        args.addAll(List.of("-o", dir.resolve(out + ".xlsx").toString(), "--csv", dir.resolve(out).toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** The one chart of {@code sheet}. */
    private static XSSFChart chart(XSSFSheet sheet) {
        assertNotNull(sheet.getDrawingPatriarch(), sheet.getSheetName() + " has a drawing");
        List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
        assertEquals(1, charts.size(), sheet.getSheetName());
        return charts.get(0);
    }

    /** The cell a one-cell reference such as {@code 按行业!$A$5} names, on {@code sheet}. */
    private static Cell cell(XSSFSheet sheet, String ref, int offset) {
        CellReference first = new CellReference(ref.substring(ref.indexOf('!') + 1, ref.indexOf(':')));
        var row = sheet.getRow(first.getRow() + offset);
        return row == null ? null : row.getCell(first.getCol());
    }

    /** A bar series' references are on {@code sheet}, and its first cached category and value are the cells'. */
    private static void cachedAsCells(XSSFSheet sheet, CTBarSer ser) {
        String cat = ser.getCat().getStrRef().getF();
        String val = ser.getVal().getNumRef().getF();
        assertTrue(cat.startsWith(sheet.getSheetName() + "!$A$"), cat);
        assertTrue(val.startsWith(sheet.getSheetName() + "!$"), val);
        assertEquals(cell(sheet, cat, 0).getStringCellValue(), ser.getCat().getStrRef().getStrCache().getPtArray(0).getV());
        var pt = ser.getVal().getNumRef().getNumCache().getPtArray(0);
        assertEquals(cell(sheet, val, (int) pt.getIdx()).getNumericCellValue(), Double.parseDouble(pt.getV()), 0.0);
    }

    @Test
    void groupsUncertaintyAndChangeEachHaveTheirChart() throws Exception {
        // last year's batch: the questionnaire-platform file alone, so that the regions' scores change
        CliRun first = score(List.of("samples/firms-wjx.xlsx"), "y1");
        assertEquals(0, first.exitCode(), first.err());
        CliRun second = score(List.of("samples/firms-wjx.xlsx", "samples/firms-tencent-gbk.csv"), "y2", "--baseline", dir.resolve("y1").toString());
        assertEquals(0, second.exitCode(), second.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("y2.xlsx")))) {
            XSSFSheet groups = wb.getSheet("按行业");
            CTPlotArea plot = chart(groups).getCTChart().getPlotArea();
            CTBarSer mean = plot.getBarChartArray(0).getSerArray(0);
            cachedAsCells(groups, mean);
            assertTrue(mean.isSetErrBars(), "CI error bars on the means");
            assertTrue(mean.getErrBars().getPlus().getNumRef().getF().startsWith("按行业!$G$"));

            XSSFSheet uncertainty = wb.getSheet("不确定性");
            plot = chart(uncertainty).getCTChart().getPlotArea();
            assertEquals(2, plot.getBarChartArray(0).sizeOfSerArray(), "invisible base and the interval");
            assertTrue(plot.getBarChartArray(0).getSerArray(0).getSpPr().isSetNoFill());
            cachedAsCells(uncertainty, plot.getBarChartArray(0).getSerArray(1));
            assertEquals(1, plot.getLineChartArray(0).sizeOfSerArray(), "nominal ranks as markers");

            XSSFSheet change = wb.getSheet("变化");
            plot = chart(change).getCTChart().getPlotArea();
            CTBarSer changes = plot.getBarChartArray(0).getSerArray(0);
            cachedAsCells(change, changes);
            String ref = changes.getVal().getNumRef().getF();
            int n = (int) changes.getVal().getNumRef().getNumCache().getPtCount().getVal();
            int falls = 0;
            int rises = 0;
            for (int i = 0; i < n; i++) {
                Cell c = cell(change, ref, i);
                if (c != null && c.getNumericCellValue() < 0) falls++;
                if (c != null && c.getNumericCellValue() > 0) rises++;
            }
            assertTrue(falls > 0 && rises > 0, falls + " falls, " + rises + " rises");
            assertEquals(falls, changes.sizeOfDPtArray(), "a red point for every fall");
            for (var pt : changes.getDPtArray()) {
                assertTrue(cell(change, ref, (int) pt.getIdx().getVal()).getNumericCellValue() < 0);
            }
        }
    }
}
