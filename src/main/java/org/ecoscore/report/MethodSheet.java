package org.ecoscore.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.ecoscore.core.Options;
import org.ecoscore.framework.FrameworkDisplay;
import org.ecoscore.framework.FrameworkFile;
import org.ecoscore.framework.ItemDefinitions;
import org.ecoscore.score.LevelScores;
import org.ecoscore.input.InputFile;
import org.ecoscore.result.BaselineUse;
import org.ecoscore.score.AhpResult;
import org.ecoscore.score.NormalisationBound;
import org.ecoscore.score.OutlierTreatmentRecord;
import org.ecoscore.score.Reliability;
import org.ecoscore.score.ReliabilityWarnings;
import org.ecoscore.score.Scores;
import org.ecoscore.score.UncertaintyResult;
import org.ecoscore.screen.Screened;

/**
 * 方法说明/Method: what is needed to repeat the run (SPEC §5) — tool version, time stamp, the framework and a
 * SHA-256 of each of its files, every input file with its SHA-256 and row counts, every option in force —
 * the methods in force with their numbers, the outlier treatments applied, and the formulas of every method
 * (SPEC §4 and the extensions) in the report language.
 */
final class MethodSheet {
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private MethodSheet() {
    }

    static void write(ReportData d, XlsxSheet sheet, Styles st) {
        Labels l = d.labels;
        SheetWriter w = new SheetWriter(sheet, st);
        int r = 0;
        w.styled(r++, 0, l.get("method.title"), st.title);
        r++;
        r = pair(w, r, l.get("toolVersion"), d.result.toolVersion());
        r = pair(w, r, l.get("runDate"), STAMP.format(d.result.started()));
        r = pair(w, r, l.get("framework"), FrameworkDisplay.of(d.result.framework(), d.english));
        r = pair(w, r, l.get("method.frameworkLocation"), FrameworkDisplay.location(d.result.framework(), d.english));
        r = pair(w, r, l.get("method.fingerprint"), d.result.framework().fingerprint());
        r++;
        w.styled(r++, 0, l.get("method.frameworkFiles"), st.subtitle);
        w.header(r++, List.of(l.get("col.file"), l.get("col.sha256")));
        for (FrameworkFile f : d.result.framework().files()) {
            w.text(r, 0, f.name());
            w.text(r, 1, f.sha256());
            r++;
        }
        r++;
        w.styled(r++, 0, l.get("method.inputs"), st.subtitle);
        w.header(r++, List.of(l.get("col.level"), l.get("col.file"), l.get("col.sheet"), l.get("col.layout"),
                l.get("col.sha256"), l.get("col.rowsRead"), l.get("col.scored"), l.get("col.excluded"),
                l.get("col.error")));
        for (Screened s : d.screenedLevels()) {
            FileCounts[] counts = FileCounts.of(s);
            for (InputFile f : s.table().files()) {
                w.text(r, 0, d.levelWord(f.level()));
                w.text(r, 1, f.display());
                w.text(r, 2, f.sheet());
                w.text(r, 3, f.layout());
                w.text(r, 4, f.sha256());
                w.integer(r, 5, counts[f.index()].read());
                w.integer(r, 6, counts[f.index()].scored());
                w.integer(r, 7, counts[f.index()].excluded());
                w.text(r, 8, ErrorMessages.fileError(f, d.result.issues(), l.english()));
                r++;
            }
        }
        r++;
        w.styled(r++, 0, l.get("method.options"), st.subtitle);
        w.header(r++, List.of(l.get("col.option"), l.get("col.value")));
        Options o = d.result.options();
        for (OptionsAsTyped.Row row : OptionsAsTyped.rows(o, l)) {
            w.text(r, 0, row.option());
            w.text(r, 1, row.value());
            r++;
        }
        w.styled(r, 0, l.get("method.commandLine"), st.header);
        w.note(r++, 1, OptionsAsTyped.commandLine(o));
        r = inForce(d, w, r + 1);
        r = baseline(d, w, r);
        r = normalisation(d, w, r);
        r = items(d, w, r);
        r = outliers(d, w, r);
        r++;
        w.styled(r++, 0, l.get("method.formulas"), st.subtitle);
        for (String line : l.formulas()) w.text(r++, 0, line);
        w.text(r++, 0, l.get("method.obstacle"));
        w.text(r++, 0, l.get("method.lag"));
        w.text(r++, 0, l.get("method.national"));
        w.text(r++, 0, l.get("method.ci"));
        if (RegionWorkbooks.requested(o)) w.text(r, 0, l.format("split.noRegion", RegionWorkbooks.firmsWithoutRegion(d)));
        w.finish(-1);
        sheet.setColumnWidth(0, 30 * 256);
    }

    /** The methods in force with their numbers (weights, composite, AHP CR, α, uncertainty, outliers). */
    private static int inForce(ReportData d, SheetWriter w, int r) {
        Labels l = d.labels;
        Options o = d.result.options();
        Scores sc = d.result.scores();
        w.styled(r++, 0, l.get("method.inForce"), w.styles.subtitle);
        r = pair(w, r, l.get("method.composite"), l.get("method.composite." + o.method().id()));
        r = pair(w, r, l.get("method.weights"), l.get("method.weights." + o.weights().id()));
        if (sc.region().coupling() != null || sc.firm().coupling() != null) {
            r = pair(w, r, l.get("method.coupling"), l.get("method.coupling." + o.coupling().id()));
        }
        double maxCr = sc.ahp().stream().mapToDouble(AhpResult::cr).filter(x -> !Double.isNaN(x)).max()
                .orElse(Double.NaN);
        if (!Double.isNaN(maxCr)) {
            r = pair(w, r, l.get("method.ahpMaxCr"), "");
            w.number(r - 1, 1, maxCr, w.styles.fine);
        }
        List<Reliability> rel = d.result.statistics().reliability();
        if (!rel.isEmpty()) {
            List<String> low = rel.stream().filter(x -> ReliabilityWarnings.isLow(x.alpha())).map(Reliability::node)
                    .toList();
            r = pair(w, r, l.get("method.reliabilityLow"), low.isEmpty() ? l.get("none") : String.join(", ", low));
        }
        UncertaintyResult u = sc.uncertainty();
        if (u != null) {
            r = pair(w, r, l.get("uncertainty.runs"), Integer.toString(u.runs()));
            r = pair(w, r, l.get("uncertainty.seed"), Long.toString(u.seed()));
        }
        if (o.treatOutliers()) r = pair(w, r, l.get("method.treatOutliers"), Integer.toString(sc.outliers().size()));
        return r;
    }

    /**
     * The yardstick (SPEC §5, §7): per number/percent question its bounds in force, their source and the answers
     * beyond them — the same rows as normalisation.csv (plus the count), so that the report can serve as a
     * baseline.
     */
    private static int normalisation(ReportData d, SheetWriter w, int r) {
        Labels l = d.labels;
        r++;
        w.styled(r++, 0, l.get("method.normalisation"), w.styles.subtitle);
        List<NormalisationBound> list = d.result.scores().normalisation();
        if (list.isEmpty()) {
            w.text(r++, 0, l.get("method.normalisationNone"));
            return r;
        }
        w.header(r++, List.of(l.get("col.level"), l.get("col.question"), l.get("col.lo"), l.get("col.hi"),
                l.get("col.boundSource"), l.get("col.clamped")));
        for (NormalisationBound b : list) {
            w.text(r, 0, d.levelWord(b.level()));
            w.text(r, 1, b.code());
            w.number(r, 2, b.lo(), w.styles.fine);
            w.number(r, 3, b.hi(), w.styles.fine);
            w.text(r, 4, l.get("bound." + b.source()));
            w.integer(r, 5, b.clamped());
            r++;
        }
        return r;
    }

    /** With {@code --baseline}: which run, whose yardstick, and the nodes that cannot be compared and why. */
    private static int baseline(ReportData d, SheetWriter w, int r) {
        BaselineUse b = d.result.baseline();
        if (b == null) return r;
        Labels l = d.labels;
        r++;
        w.styled(r++, 0, l.get("method.baseline"), w.styles.subtitle);
        r = pair(w, r, l.get("baseline.source"), b.source());
        r = pair(w, r, l.get("baseline.version"), b.toolVersion());
        r = pair(w, r, l.get("baseline.fingerprint"), b.fingerprint());
        r = pair(w, r, l.get("baseline.same"), l.get(b.sameFramework() ? "yes" : "no"));
        r = pair(w, r, l.get("baseline.yardstick"), l.get("baseline.yardstick." + b.yardstick()));
        r = pair(w, r, l.get("baseline.frozen"), Integer.toString(b.frozenQuestions()));
        r = pair(w, r, l.get("baseline.clamped"), Integer.toString(clampedOnBaseline(d)));
        r = pair(w, r, l.get("baseline.comparable"), Integer.toString(b.comparableNodes()));
        if (b.notComparable().isEmpty()) {
            w.text(r++, 0, l.get("baseline.allComparable"));
            return r;
        }
        w.styled(r++, 0, l.get("baseline.notComparable"), w.styles.header);
        w.header(r++, List.of(l.get("col.level"), l.get("col.code"), l.get("col.reason")));
        for (BaselineUse.NotComparable n : b.notComparable()) {
            w.text(r, 0, l.get("level." + n.level()));
            w.text(r, 1, n.code());
            w.text(r, 2, n.reason());
            r++;
        }
        return r;
    }

    /** Answers beyond the bounds of the questions normalised on the baseline's bounds. */
    static int clampedOnBaseline(ReportData d) {
        int n = 0;
        for (NormalisationBound b : d.result.scores().normalisation()) {
            if (b.source().equals(NormalisationBound.BASELINE)) n += b.clamped();
        }
        return n;
    }

    /**
     * The framework in force: the rows of items.csv ({@link ItemDefinitions}, headed by the same column names),
     * so that a later run can tell from the report which nodes it can compare with.
     */
    private static int items(ReportData d, SheetWriter w, int r) {
        r++;
        w.styled(r++, 0, d.labels.get("method.items"), w.styles.subtitle);
        w.header(r++, ItemDefinitions.COLUMNS);
        for (LevelScores ls : List.of(d.firm, d.region)) {
            for (String[] row : ItemDefinitions.rows(ls.tree())) {
                for (int c = 0; c < row.length; c++) w.text(r, c, row[c]);
                r++;
            }
        }
        return r;
    }

    /** Each {@link OutlierTreatmentRecord} (only with {@code --treat-outliers}). */
    private static int outliers(ReportData d, SheetWriter w, int r) {
        if (!d.result.options().treatOutliers()) return r;
        Labels l = d.labels;
        r++;
        w.styled(r++, 0, l.get("method.outliers"), w.styles.subtitle);
        List<OutlierTreatmentRecord> list = d.result.scores().outliers();
        if (list.isEmpty()) {
            w.text(r++, 0, l.get("method.outliersNone"));
            return r;
        }
        w.header(r++, List.of(l.get("col.question"), l.get("col.itemText"), l.get("col.treatment"),
                l.get("col.skewBefore"), l.get("col.kurtBefore"), l.get("col.skewAfter"), l.get("col.kurtAfter")));
        for (OutlierTreatmentRecord x : list) {
            w.text(r, 0, x.question());
            w.text(r, 1, d.result.framework().question(x.question()).map(q -> q.text(d.english)).orElse(""));
            w.text(r, 2, l.treatment(x.treatment()));
            w.number(r, 3, x.skewBefore(), w.styles.fine);
            w.number(r, 4, x.kurtBefore(), w.styles.fine);
            w.number(r, 5, x.skewAfter(), w.styles.fine);
            w.number(r, 6, x.kurtAfter(), w.styles.fine);
            r++;
        }
        return r;
    }

    private static int pair(SheetWriter w, int r, String key, String value) {
        w.styled(r, 0, key, w.styles.header);
        w.text(r, 1, value);
        return r + 1;
    }
}
