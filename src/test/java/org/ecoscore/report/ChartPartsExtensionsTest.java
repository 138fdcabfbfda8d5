package org.ecoscore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The groups' columns with error bars, Change's diverging bars and Uncertainty's rank intervals as plain XML
 * ({@link ChartXml}): byte for byte the chart part XDDF saved for them ({@link XddfCharts}, the code the report
 * used before) over the same cells — once built from values the test keeps itself (as a writer that keeps its own
 * cells would call it) and once read from the sheet ({@link ChartParts}).
 */
class ChartPartsExtensionsTest {
    /** A table's rows: category text (null: blank) and four numeric columns (NaN: blank), from sheet row 3. */
    record Table(String[] cats, double[] a, double[] b, double[] c, double[] d) {
        int first() {
            return 3;
        }

        int last() {
            return 2 + cats.length;
        }

        CellRangeAddress col(int c) {
            return new CellRangeAddress(first(), last(), c, c);
        }

        /** Writes the table as the report's sheets do: text in column 0, numbers (whole ones as integers) in 1–4. */
        void write(XlsxSheet sheet) {
            Styles st = new Styles();
            SheetWriter w = new SheetWriter(sheet, st);
            w.header(first() - 1, List.of("group", "a", "b", "c", "d"));
            double[][] cols = {a, b, c, d};
            for (int i = 0; i < cats.length; i++) {
                w.text(first() + i, 0, cats[i]);
                for (int k = 0; k < cols.length; k++) {
                    double v = cols[k][i];
                    if (k == 1 && !Double.isNaN(v)) w.integer(first() + i, 1 + k, (long) v);
                    else w.number(first() + i, 1 + k, v, k == 3 ? st.change : st.score);
                }
            }
            w.finish(-1);
        }

        /** The same cells on a POI sheet, for XDDF (the oracle). */
        void write(XSSFSheet sheet) {
            double[][] cols = {a, b, c, d};
            for (int i = 0; i < cats.length; i++) {
                var row = sheet.createRow(first() + i);
                if (cats[i] != null && !cats[i].isEmpty()) row.createCell(0).setCellValue(cats[i]);
                for (int k = 0; k < cols.length; k++) {
                    if (!Double.isNaN(cols[k][i])) row.createCell(1 + k).setCellValue(cols[k][i]);
                }
            }
        }
    }

    private static final String RISKY = "=SUM(A1) <b> & \"q\" 'x' ]]> \u0001\u0007 tab\there\r\nline \uD83D\uDE00";

    /** Several rows with blank cells, CJK and risky text, negative, zero and positive values. */
    private static Table several() {
        double nan = Double.NaN;
        return new Table(new String[] {"高新区", RISKY, null, "老城区 <东>", "+1 & -2", "@who"},
                new double[] {55.5, -3.25, 0.0, nan, 12.125, -0.0},
                new double[] {1, 2, nan, 4, 5, 6},
                new double[] {2.5, nan, 0.75, 1.0 / 3, 10, 0},
                new double[] {-4.5, 0.0, 3.25, nan, -0.125, 7});
    }

    private static Table one() {
        return new Table(new String[] {"广东省"}, new double[] {61.25}, new double[] {1}, new double[] {3.5},
                new double[] {-2.75});
    }

    private static Table blanks() {
        double nan = Double.NaN;
        return new Table(new String[] {null, null}, new double[] {nan, nan}, new double[] {nan, nan},
                new double[] {nan, nan}, new double[] {nan, nan});
    }

    /** The one chart part of the workbook {@code build} draws on sheet {@code name} over table {@code t}. */
    private static String viaXddf(String name, Table t, java.util.function.BiConsumer<XSSFSheet, Table> build)
            throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet(name);
            t.write(sheet);
            build.accept(sheet, t);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
                for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                    if (e.getName().equals("xl/charts/chart1.xml")) return new String(z.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            throw new AssertionError("no chart part");
        }
    }

    /** {@code read} over the table written to a sheet {@code name}. */
    private static String fromSheet(String name, Table t, java.util.function.Function<XlsxSheet, String> read) {
        XlsxSheet sheet = new XlsxWorkbook().createSheet(name);
        t.write(sheet);
        return read.apply(sheet);
    }

    private static final Charts.Place AT = new Charts.Place(8, 2, 16, 20);

    @Test
    void errorBarsAsXddfWithOneAndSeveralGroups() throws Exception {
        for (Table t : List.of(several(), one(), blanks())) {
            for (String sheet : List.of("按行业", "By industry", "O'Brien & Co")) {
                String title = "均值与95%置信区间 " + RISKY;
                String old = viaXddf(sheet, t, (s, x) -> {
                    XSSFChart c = XddfCharts.bar(s, AT, title, x.col(0),
                            List.of(new Charts.Series("均值 <mean>", x.col(1))), false);
                    XddfCharts.errorBars(c, 0, s.getSheetName(), x.col(3));
                });
                String pure = ChartXml.errorBars(sheet, title, t.col(0), t.cats(),
                        List.of(ChartXml.Column.of("均值 <mean>", t.col(1), t.a())), t.col(3));
                assertEquals(old, pure, sheet + " " + t.cats().length);
                assertEquals(old, fromSheet(sheet, t, s -> ChartParts.errorBarsXml(s, title, t.col(0),
                        List.of(new Charts.Series("均值 <mean>", t.col(1))), t.col(3))));
            }
        }
    }

    @Test
    void errorBarsOnTheFirstOfTwoSeriesWithALegend() throws Exception {
        Table t = several();
        List<Charts.Series> series = List.of(new Charts.Series("a", t.col(1)), new Charts.Series("d & e", t.col(4)));
        String old = viaXddf("s", t, (s, x) -> XddfCharts.errorBars(XddfCharts.bar(s, AT, "t", x.col(0), series, false),
                0, s.getSheetName(), x.col(3)));
        assertEquals(old, ChartXml.errorBars("s", "t", t.col(0), t.cats(),
                List.of(ChartXml.Column.of("a", t.col(1), t.a()), ChartXml.Column.of("d & e", t.col(4), t.d())),
                t.col(3)));
    }

    @Test
    void divergingAsXddfWithFallsNoChangeAndRises() throws Exception {
        for (Table t : List.of(several(), one(), blanks())) {
            for (String sheet : List.of("变化", "Change", "a-b c")) {
                String title = "指数变化 " + RISKY;
                String old = viaXddf(sheet, t, (s, x) -> XddfCharts.diverging(s, AT, title, x.col(0),
                        new Charts.Series("变化", x.col(4)), x.d()));
                String pure = ChartXml.diverging(sheet, title, t.col(0), t.cats(),
                        ChartXml.Column.of("变化", t.col(4), t.d()), t.d());
                assertEquals(old, pure, sheet + " " + t.cats().length);
                assertEquals(old, fromSheet(sheet, t, s -> ChartParts.divergingXml(s, title, t.col(0),
                        new Charts.Series("变化", t.col(4)), t.d())));
            }
        }
    }

    @Test
    void divergingMarksEveryFallInRedAndNothingElse() {
        Table t = several();
        String xml = ChartXml.diverging("s", "t", t.col(0), t.cats(), ChartXml.Column.of("c", t.col(4), t.d()), t.d());
        // d = −4.5, 0, 3.25, blank, −0.125, 7: points 0 and 4 fall
        assertEquals(2, xml.split("<c:dPt>", -1).length - 1);
        assertEquals(true, xml.contains("<c:dPt><c:idx val=\"0\"/>") && xml.contains("<c:dPt><c:idx val=\"4\"/>"));
    }

    @Test
    void intervalsAsXddf() throws Exception {
        for (Table t : List.of(several(), one(), blanks())) {
            for (String sheet : List.of("不确定性", "Uncertainty", "x'y")) {
                String title = "排名区间 " + RISKY;
                String old = viaXddf(sheet, t, (s, x) -> XddfCharts.intervals(s, AT, title, x.col(0),
                        new Charts.Series("P05", x.col(2)), new Charts.Series("区间 & width", x.col(3)),
                        new Charts.Series("名义排名", x.col(1))));
                String pure = ChartXml.intervals(sheet, title, t.col(0), t.cats(),
                        ChartXml.Column.of("P05", t.col(2), t.b()), ChartXml.Column.of("区间 & width", t.col(3), t.c()),
                        ChartXml.Column.of("名义排名", t.col(1), t.a()));
                assertEquals(old, pure, sheet + " " + t.cats().length);
                assertEquals(old, fromSheet(sheet, t, s -> ChartParts.intervalsXml(s, title, t.col(0),
                        new Charts.Series("P05", t.col(2)), new Charts.Series("区间 & width", t.col(3)),
                        new Charts.Series("名义排名", t.col(1)))));
            }
        }
    }

    @Test
    void barsAndRadarsFromPlainValuesAsXddf() throws Exception {
        Table t = several();
        List<Charts.Series> series = List.of(new Charts.Series("a", t.col(1)), new Charts.Series("c <x>", t.col(3)));
        List<ChartXml.Column> columns = List.of(ChartXml.Column.of("a", t.col(1), t.a()),
                ChartXml.Column.of("c <x>", t.col(3), t.c()));
        for (boolean horizontal : new boolean[] {false, true}) {
            assertEquals(viaXddf("地区", t, (s, x) -> XddfCharts.bar(s, AT, "t", x.col(0), series, horizontal)),
                    ChartXml.bar("地区", "t", t.col(0), t.cats(), columns, horizontal));
        }
        assertEquals(viaXddf("地区", t, (s, x) -> XddfCharts.radar(s, AT, "t", x.col(0), series)),
                ChartXml.radar("地区", "t", t.col(0), t.cats(), columns));
    }
}
