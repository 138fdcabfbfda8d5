package org.ecoscore.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ecoscore.core.Level;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.framework.Node;
import org.ecoscore.framework.TreeItem;
import org.ecoscore.result.RunResult;
import org.ecoscore.score.GroupStat;
import org.ecoscore.score.LevelScores;

/**
 * The run result seen from the report: names in the report language and the derived figures several sheets
 * share (national means, region order, the subsystems' children).
 */
final class ReportData {
    final RunResult result;
    final Labels labels;
    final boolean english;
    final LevelScores firm;
    final LevelScores region;
    /** Obstacle degrees, largest obstacles and coupling names (SPEC §4.5a, §4.8). */
    final Diagnosis diagnosis;
    /** A region whose index rests on fewer firms than this is marked (grey italic and a note). */
    static final int FEW_FIRMS = LeadingRegions.FEW_FIRMS;

    ReportData(RunResult result) {
        this(result, new NationalObstacles(result.scores().firm()));
    }

    /** With the run's national obstacles, which obstacles.csv may be taking on its way. */
    ReportData(RunResult result, NationalObstacles national) {
        this.result = result;
        this.english = result.options().lang() == org.ecoscore.core.Options.Lang.EN;
        this.labels = new Labels(english);
        this.firm = result.scores().firm();
        this.region = result.scores().region();
        this.diagnosis = new Diagnosis(result, english, national);
    }

    /**
     * True for a run with an expert panel and no firm or region rows ({@code --expert-data} alone): the report
     * leaves out the firm and region sheets and lines and describes the panel instead.
     */
    boolean panelOnly() {
        return panelOnly(result);
    }

    static boolean panelOnly(RunResult r) {
        return r.experts() != null && (r.firms() == null || r.firms().table().rows() == 0)
                && (r.regions() == null || r.regions().table().rows() == 0);
    }

    /** The coupling grade name of a unit with its lag type beside it (SPEC §4.5a). */
    String couplingName(LevelScores ls, int u) {
        return diagnosis.couplingName(ls.level(), u);
    }

    /** True when the regional unit is the prefecture-level city ({@code --region-level city}). */
    boolean cityLevel() {
        return result.options().regionLevel() == org.ecoscore.core.Options.RegionLevel.CITY;
    }

    /** The province of region unit u in the report language ("" when unknown), at city level. */
    String provinceOf(int u) {
        return province(result, region.unitCodes()[u], english);
    }

    static String province(RunResult r, String cityCode, boolean english) {
        return r.framework().regions().provinceOf(cityCode).map(p -> p.name(english)).orElse("");
    }

    /** The item's display name (node name or question text) in the report language. */
    String name(TreeItem it) {
        return it.isQuestion() ? it.question().text(english) : it.node().name(english);
    }

    /** A score column header, {@code CODE name} (SPEC §5). */
    String head(TreeItem it) {
        return it.code() + " " + name(it);
    }

    /** A question's text with " (反向计分)" / " (reverse-scored)" appended when it is reverse-coded. */
    String questionText(org.ecoscore.framework.Question q) {
        return q.text(english) + (q.reverse() ? labels.get("reverseScored") : "");
    }

    /** {@code CODE text} of a question item, marked when reverse-coded (lists where a high score must read right). */
    String questionHead(TreeItem it) {
        return it.isQuestion() ? it.code() + " " + questionText(it.question()) : head(it);
    }

    /** Mean of the non-missing values, NaN when none. */
    static double mean(double[] v) {
        double s = 0;
        int n = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                s += x;
                n++;
            }
        }
        return n == 0 ? Double.NaN : s / n;
    }

    /** National mean over scored firms of an item's firm score; over regions when absent at the firm level. */
    double firmMean(String code) {
        int i = firm.tree().indexOf(code);
        return i >= 0 ? mean(firm.scores()[i]) : regionMean(code);
    }

    /** Mean over regions of an item's region score. */
    double regionMean(String code) {
        int i = region.tree().indexOf(code);
        return i >= 0 ? mean(region.scores()[i]) : Double.NaN;
    }

    /** Region units ordered by rank (unranked last), ties in unit order. */
    int[] regionsByRank() {
        Integer[] o = new Integer[region.units()];
        for (int i = 0; i < o.length; i++) o[i] = i;
        int[] rank = region.rank();
        Arrays.sort(o, Comparator.comparingInt((Integer u) -> rank[u] == 0 ? Integer.MAX_VALUE : rank[u])
                .thenComparingInt(u -> u));
        return Arrays.stream(o).mapToInt(Integer::intValue).toArray();
    }

    /** The children (at the region level) of subsystem 1 or 2, empty when the framework names none. */
    List<TreeItem> subsystemChildren(int which) {
        Optional<Node> s = result.framework().subsystem(which);
        List<TreeItem> out = new ArrayList<>();
        if (s.isEmpty()) return out;
        LevelTree t = region.tree();
        int i = t.indexOf(s.get().code());
        if (i < 0) return out;
        for (int c : t.item(i).children()) out.add(t.item(c));
        return out;
    }

    /** The region group statistics of the root for a region name, if computed. */
    Optional<GroupStat> regionGroup(String regionName) {
        String root = rootCode();
        return result.statistics().groups().stream()
                .filter(g -> g.grouping().equals("region") && g.code().equals(root) && g.group().equals(regionName))
                .findFirst();
    }

    /**
     * The number of firms a region's index and CI rest on: n of its root group statistic when computed, else
     * the firms scored in the region; -1 when unknown (no firm level).
     */
    int regionN(int u) {
        return LeadingRegions.firms(result, u);
    }

    /** True when region unit {@code u}'s index rests on fewer than {@link #FEW_FIRMS} firms. */
    boolean fewFirms(int u) {
        int n = regionN(u);
        return n >= 0 && n < FEW_FIRMS;
    }

    /** A CI bound as displayed on the Regions sheet and profiles: clipped to the score range [0, 100]. */
    static double clipped(double v) {
        return Double.isNaN(v) ? v : Math.max(0, Math.min(100, v));
    }

    /** True when either bound of the region's CI lies outside [0, 100] (the displayed one was clipped). */
    static boolean clips(GroupStat g) {
        return g != null && (g.ciLow() < 0 || g.ciHigh() > 100);
    }

    String rootCode() {
        return result.framework().root().code();
    }

    /** The screened tables of the run: firms, regions and, with {@code --expert-data}, the expert panel. */
    java.util.List<org.ecoscore.screen.Screened> screenedLevels() {
        java.util.List<org.ecoscore.screen.Screened> out = new java.util.ArrayList<>(
                java.util.List.of(result.firms(), result.regions()));
        if (result.experts() != null) out.add(result.experts().rows());
        return out;
    }

    String levelWord(Level l) {
        return labels.get("level." + l.id());
    }

    /** Flag codes of a mask in words, joined by "; ". */
    String flagWords(int mask) {
        String codes = org.ecoscore.screen.Screened.flagCodes(mask);
        if (codes.isEmpty()) return "";
        List<String> w = new ArrayList<>();
        for (String c : codes.split(";")) w.add(labels.code(c));
        return String.join("; ", w);
    }
}
