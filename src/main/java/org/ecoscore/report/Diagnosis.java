package org.ecoscore.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecoscore.core.Level;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.framework.Node;
import org.ecoscore.framework.TreeItem;
import org.ecoscore.result.RunResult;
import org.ecoscore.score.Coupling;
import org.ecoscore.score.LevelScores;
import org.ecoscore.score.ObstacleDegrees;

/**
 * A run's diagnosis as the report (and a region's brief) shows it: the obstacle degrees of SPEC §4.8 at the
 * region level and their national picture (the mean over firms), the largest obstacle elements and questions
 * of a region with the framework's advice, and the coupling grade with its lag type (§4.5a) in words.
 * <p>
 * The <em>elements</em> are the children of the two subsystems (A1–A6 and B1–B5 in the default framework),
 * or the root's children when the framework names no subsystems.
 */
public final class Diagnosis {
    /** One obstacle: the item's code, {@code CODE name} in the report language, its share, the node's advice. */
    public record Share(String code, String label, double share, String advice) {
    }

    private final RunResult result;
    private final boolean english;
    private final Labels labels;
    private final LevelScores region;
    private final LevelScores firm;
    private final double[][] regionObstacles;
    /** The national obstacles, fetched on first use (obstacles.csv may be taking them meanwhile). */
    private final NationalObstacles nationalSource;
    private double[] national;
    private final int[] elements;
    private final String[][] couplingNames;

    Diagnosis(RunResult result, boolean english) {
        this(result, english, new NationalObstacles(result.scores().firm()));
    }

    Diagnosis(RunResult result, boolean english, NationalObstacles national) {
        this.result = result;
        this.nationalSource = national;
        this.english = english;
        this.labels = new Labels(english);
        this.region = result.scores().region();
        this.firm = result.scores().firm();
        this.regionObstacles = region.obstacles().all();
        this.elements = elementItems(region.tree());
        this.couplingNames = couplingNames();
    }

    /** The diagnosis of a run in its report language. */
    public static Diagnosis of(RunResult result) {
        return new Diagnosis(result, result.options().lang() == org.ecoscore.core.Options.Lang.EN);
    }

    private int[] elementItems(LevelTree t) {
        List<Integer> out = new ArrayList<>();
        for (int which = 1; which <= 2; which++) {
            Optional<Node> s = result.framework().subsystem(which);
            int i = s.map(n -> t.indexOf(n.code())).orElse(-1);
            if (i >= 0) for (int c : t.item(i).children()) out.add(c);
        }
        if (out.isEmpty() && t.root() >= 0) for (int c : t.item(t.root()).children()) out.add(c);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The elements, as items of the region-level tree. */
    public List<TreeItem> elements() {
        List<TreeItem> out = new ArrayList<>();
        for (int i : elements) out.add(region.tree().item(i));
        return out;
    }

    /** Region unit {@code u}'s obstacle of the item with this code (NaN when blank or absent). */
    public double regionObstacle(String code, int u) {
        int i = region.tree().indexOf(code);
        return i < 0 ? Double.NaN : regionObstacles[i][u];
    }

    /** The national obstacle (mean over firms) of the item with this code; NaN when absent at the firm level. */
    public double nationalObstacle(String code) {
        int i = firm.tree().indexOf(code);
        return i < 0 ? Double.NaN : national()[i];
    }

    /** Region unit {@code u}'s {@code k} largest obstacle elements, largest first. */
    public List<Share> largestElements(int u, int k) {
        return shares(region.tree(), column(u), elements, k);
    }

    /** Region unit {@code u}'s {@code k} largest obstacle questions, largest first. */
    public List<Share> largestQuestions(int u, int k) {
        return shares(region.tree(), column(u), region.tree().questionItems(), k);
    }

    /** The elements nationally (mean over firms), largest first; those absent at the firm level left out. */
    public List<Share> nationalElements(int k) {
        LevelTree t = firm.tree();
        List<Integer> present = new ArrayList<>();
        for (int i : elements) {
            int f = t.indexOf(region.tree().item(i).code());
            if (f >= 0) present.add(f);
        }
        return shares(t, national(), present.stream().mapToInt(Integer::intValue).toArray(), k);
    }

    /** The {@code k} largest obstacle questions nationally (mean over firms). */
    public List<Share> nationalQuestions(int k) {
        return shares(firm.tree(), national(), firm.tree().questionItems(), k);
    }

    private synchronized double[] national() {
        if (national == null) national = nationalSource.get();
        return national;
    }

    private double[] column(int u) {
        double[] out = new double[regionObstacles.length];
        for (int i = 0; i < out.length; i++) out[i] = regionObstacles[i][u];
        return out;
    }

    private List<Share> shares(LevelTree t, double[] obstacle, int[] candidates, int k) {
        List<Share> out = new ArrayList<>();
        for (int i : ObstacleDegrees.largest(obstacle, candidates, k)) {
            TreeItem it = t.item(i);
            String name = it.isQuestion() ? it.question().text(english) : it.node().name(english);
            String advice = it.isQuestion() ? "" : it.node().advice(english);
            out.add(new Share(it.code(), it.code() + " " + name, obstacle[i], advice));
        }
        return out;
    }

    /**
     * The coupling grade of a unit with its lag type in words ({@code 勉强协调·A滞后型} / {@code barely
     * coordinated, A lags}), "" when the unit has no coupling.
     */
    public String couplingName(Level level, int u) {
        LevelScores ls = level == Level.FIRM ? firm : region;
        Coupling cp = ls.coupling();
        if (cp == null) return "";
        int grade = cp.grade()[u];
        org.ecoscore.score.Lag lag = cp.lag()[u];
        if (grade >= 1 && grade <= COUPLING_GRADES) return couplingNames[grade - 1][lag == null ? 0 : lag.ordinal() + 1];
        return labels.coupling(grade, lag, subsystemCode(1), subsystemCode(2));
    }

    /** The grades 1–10 of SPEC §4.5a. */
    private static final int COUPLING_GRADES = 10;

    /** Per grade and lag type (none first), its name: formatted once, not once per firm. */
    private String[][] couplingNames() {
        org.ecoscore.score.Lag[] lags = org.ecoscore.score.Lag.values();
        String[][] names = new String[COUPLING_GRADES][lags.length + 1];
        for (int g = 1; g <= COUPLING_GRADES; g++) {
            names[g - 1][0] = labels.coupling(g, null, subsystemCode(1), subsystemCode(2));
            for (org.ecoscore.score.Lag l : lags) {
                names[g - 1][l.ordinal() + 1] = labels.coupling(g, l, subsystemCode(1), subsystemCode(2));
            }
        }
        return names;
    }

    /** The code of subsystem 1 or 2, "" when the framework names none. */
    String subsystemCode(int which) {
        return result.framework().subsystem(which).map(Node::code).orElse("");
    }

    /** The region unit of a region name, -1 when there is none. */
    public int regionUnit(String name) {
        String[] ids = region.unitIds();
        for (int u = 0; u < ids.length; u++) if (ids[u].equals(name)) return u;
        return -1;
    }
}
