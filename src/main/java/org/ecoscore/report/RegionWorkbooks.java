package org.ecoscore.report;

import org.ecoscore.core.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.ecoscore.core.Options;
import org.ecoscore.result.RunResult;

/**
 * {@code --split-by region}: besides the report {@code out}, a folder {@code <out stem>-by-region/} next to
 * it holding one workbook per region, {@code <region name>.xlsx} (made safe as a file name), for offices that
 * hand each region its own results. Each holds a short Summary, the Firms sheet with only that region's
 * scored firms, the region's profile sheet and the Method sheet; each is written atomically. Firms with no
 * region are in no split workbook (the Method sheet says how many).
 */
public final class RegionWorkbooks {
    /** Longest file name stem, in code points. */
    static final int MAX_NAME = 100;
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");
    private static final String UNSAFE = "\\/:*?\"<>|";

    private RegionWorkbooks() {
    }

    /** Whether the options ask for split workbooks by region. */
    public static boolean requested(Options o) {
        return o.splitBy() != null && o.splitBy().strip().equalsIgnoreCase("region");
    }

    /** The folder beside {@code out}: its file name without {@code .xlsx}, then {@code -by-region}. */
    public static Path folder(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        String name = abs.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? name.substring(0, name.length() - 5) : name;
        return abs.resolveSibling(stem + "-by-region");
    }

    static void write(RunResult result, Path out) {
        Path dir = folder(out);
        AtomicFiles.createFolder(dir, "-o");
        ReportData d = new ReportData(result);
        Set<String> used = new HashSet<>();
        for (int u : d.regionsByRank()) {
            String region = d.region.unitIds()[u];
            Path file = dir.resolve(fileName(region, used) + ".xlsx");
            int unit = u;
            AtomicFiles.write(file, "-o", o -> build(d, unit, out.getFileName().toString(), o));
        }
    }

    /** One region's workbook: Summary, Firms (its firms only), its profile, Method. */
    static void build(ReportData d, int regionUnit, String reportName, OutputStream target) throws IOException {
        Labels l = d.labels;
        String region = d.region.unitIds()[regionUnit];
        int[] firms = firmsOf(d, region);
        XlsxWorkbook wb = new XlsxWorkbook();
        Styles st = new Styles();
        ChartParts charts = new ChartParts();
        XlsxSheet summary = wb.createSheet(l.get("sheet.summary"));
        XlsxSheet firmSheet = wb.createSheet(l.get("sheet.firms"));
        Set<String> used = new HashSet<>(List.of(l.get("sheet.summary").toLowerCase(Locale.ROOT),
                l.get("sheet.firms").toLowerCase(Locale.ROOT), l.get("sheet.method").toLowerCase(Locale.ROOT)));
        XlsxSheet profile = wb.createSheet(ProfileSheets.sheetName(region, used));
        XlsxSheet method = wb.createSheet(l.get("sheet.method"));
        summary(d, summary, st, regionUnit, firms.length, reportName);
        ProfileSheets.profile(d, profile, st, regionUnit, charts);
        MethodSheet.write(d, method, st);
        ReportWriter.stamp(wb, d.result, l.get("split.of") + region);
        ReportWriter.finish(wb, d, st, firmSheet, firms, null, target);
    }

    private static void summary(ReportData d, XlsxSheet sheet, Styles st, int u, int firms, String reportName) {
        Labels l = d.labels;
        SheetWriter w = new SheetWriter(sheet, st);
        int r = 0;
        w.styled(r++, 0, l.get("split.of") + d.region.unitIds()[u], st.title);
        r = pair(w, r, l.get("framework"), d.result.framework().name());
        r = pair(w, r, l.get("split.source"), reportName);
        r = pair(w, r, l.get("runDate"), MethodSheet.STAMP.format(d.result.started()));
        r = pair(w, r, l.get("toolVersion"), d.result.toolVersion());
        w.styled(r, 0, l.get("firmsScored"), st.header);
        w.integer(r++, 1, firms);
        w.styled(r, 0, l.get("col.rank"), st.header);
        if (d.region.rank()[u] > 0) w.integer(r, 1, d.region.rank()[u]);
        r++;
        w.styled(r, 0, l.get("col.index"), st.header);
        w.number(r, 1, d.region.index()[u], st.score);
        w.finish(-1);
    }

    private static int pair(SheetWriter w, int r, String key, String value) {
        w.styled(r, 0, key, w.styles.header);
        w.text(r, 1, value);
        return r + 1;
    }

    /** Firm-level units (unit order) whose firm is in the named region. */
    static int[] firmsOf(ReportData d, String region) {
        String[] names = d.result.firms().regionName();
        List<Integer> out = new ArrayList<>();
        for (int u = 0; u < d.firm.units(); u++) {
            if (region.equals(names[d.firm.unitRows()[u]])) out.add(u);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Scored firms with no region, which no split workbook holds. */
    static int firmsWithoutRegion(ReportData d) {
        String[] names = d.result.firms().regionName();
        int n = 0;
        for (int u = 0; u < d.firm.units(); u++) if (names[d.firm.unitRows()[u]] == null) n++;
        return n;
    }

    /**
     * A file name stem safe on Windows, macOS and Linux, unique (ignoring case) among {@code used}: control
     * characters and {@code \/:*?"<>|} become {@code _}, leading dots {@code _}, trailing dots and spaces
     * go, reserved device names get a leading {@code _}, at most {@value #MAX_NAME} code points, {@code " (2)"}
     * etc. on a clash.
     */
    static String fileName(String region, Set<String> used) {
        StringBuilder b = new StringBuilder();
        (region == null ? "" : region).codePoints().limit(MAX_NAME)
                .forEach(cp -> b.appendCodePoint(cp < 0x20 || cp == 0x7F || UNSAFE.indexOf(cp) >= 0 ? '_' : cp));
        String name = b.toString().strip();
        while (name.endsWith(".")) name = name.substring(0, name.length() - 1).strip();
        int dots = 0;
        while (dots < name.length() && name.charAt(dots) == '.') dots++;
        name = "_".repeat(dots) + name.substring(dots);
        if (name.isEmpty()) name = "_";
        if (RESERVED.matcher(name).matches()) name = "_" + name;
        String unique = name;
        for (int k = 2; used.contains(unique.toLowerCase(Locale.ROOT)); k++) unique = name + " (" + k + ")";
        used.add(unique.toLowerCase(Locale.ROOT));
        return unique;
    }
}
