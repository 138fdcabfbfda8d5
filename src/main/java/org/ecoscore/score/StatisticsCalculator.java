package org.ecoscore.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.LevelTree;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.framework.Question;
import org.ecoscore.framework.ScaleKind;
import org.ecoscore.framework.TreeItem;
import org.ecoscore.input.CellStatus;
import org.ecoscore.input.ResponseTable;
import org.ecoscore.screen.Screened;

/**
 * SPEC §4.7: per-question statistics of both levels (see {@link QuestionStat}), per-node means and SDs,
 * Cronbach's α of nodes with ≥ 2 named-scale firm questions, and group statistics of the firm scores by
 * region and by each {@code --by} grouping.
 */
public final class StatisticsCalculator {
    private StatisticsCalculator() {
    }

    public static Statistics compute(Screened firms, Screened regions, Scores scores, Framework framework,
                                     Options options) {
        return compute(firms, regions, scores, framework, options, startValidity(firms, framework));
    }

    /**
     * Starts SPEC §8 validity of the firm level (R, its eigen decomposition, over every complete case), which
     * needs the answers only: on a large batch on a second thread, so that it runs while the batch is scored
     * (its working copies of the answers then overlap the scores being made rather than every score and
     * statistic at once: a million firms' peak is ≈ 100 MB lower); on a small one at once.
     */
    public static java.util.concurrent.Future<List<Validity>> startValidity(Screened firms, Framework framework) {
        return begun("ecoscore-validity", firms, () -> validity(firms, framework.tree(Level.FIRM), framework));
    }

    /** {@code work} begun on a thread of its own when the batch is large, else done at once. */
    private static <T> java.util.concurrent.Future<T> begun(String name, Screened firms,
                                                          java.util.concurrent.Callable<T> work) {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(work);
        if (firms != null && firms.scoredRows().length >= PARALLEL_FROM) {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.start();
        } else {
            task.run();
        }
        return task;
    }

    /** As {@link #compute(Screened, Screened, Scores, Framework, Options)} with validity started beforehand. */
    public static Statistics compute(Screened firms, Screened regions, Scores scores, Framework framework,
                                     Options options, java.util.concurrent.Future<List<Validity>> validity) {
        // the firm level's question and node statistics and the groups on a second thread on a large batch
        // (independent of the rest: each reads the table and the scores only), the region level's and
        // Cronbach's α here — the same lists in the same order as one after the other
        java.util.concurrent.Future<FirmPart> firmPart = begun("ecoscore-statistics", firms,
                () -> new FirmPart(firmQuestions(firms, scores.firm()), nodeStats(scores.firm()),
                        groups(firms, scores.firm(), options)));
        List<QuestionStat> regionQuestions;
        List<NodeStat> regionNodes;
        List<Reliability> reliability;
        try {
            regionQuestions = regionQuestions(firms, regions, scores.region(), frozen(scores));
            regionNodes = nodeStats(scores.region());
            reliability = reliability(firms, scores.firm().tree());
        } catch (RuntimeException | Error e) {
            awaitQuietly(firmPart);
            throw e;
        }
        FirmPart f = result(firmPart);
        List<QuestionStat> questions = new ArrayList<>(f.questions());
        questions.addAll(regionQuestions);
        List<NodeStat> nodes = new ArrayList<>(f.nodes());
        nodes.addAll(regionNodes);
        return new Statistics(questions, nodes, reliability, f.groups(), result(validity));
    }

    /** The firm level's part of the statistics, computed beside the rest. */
    private record FirmPart(List<QuestionStat> questions, List<NodeStat> nodes, List<GroupStat> groups) {
    }

    /** Waits for a task begun beside a computation that failed (its own failure, if any, is not reported). */
    private static void awaitQuietly(java.util.concurrent.Future<?> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            // the first failure is the one reported
        }
    }

    /** Scored firms from which validity runs on its own thread. */
    private static final int PARALLEL_FROM = 5_000;

    private static <T> T result(java.util.concurrent.Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing validity", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable t = e.getCause();
            if (t instanceof RuntimeException r) throw r;
            if (t instanceof Error err) throw err;
            throw new IllegalStateException(t);
        }
    }

    /**
     * A run with an expert panel and no firm or region rows: Cronbach's α and validity computed over the panel's
     * scored rows (one rater × one case each) on the expert level's named-scale questions, in place of the
     * firm level's (which has no rows); the other statistics as given.
     */
    public static Statistics overPanel(Statistics s, Screened panelRows, Framework framework) {
        LevelTree tree = framework.tree(org.ecoscore.core.Level.EXPERT);
        if (panelRows == null || tree.root() < 0) return s;
        return new Statistics(s.questions(), s.nodes(), reliability(panelRows, tree), s.groups(),
                validity(panelRows, tree, framework));
    }

    /** The answers of a table column over some rows: valid values, and the count of invalid cells. */
    private record Answers(double[] valid, int invalid, int declared) {
        static Answers of(Screened s, String code, int[] rows) {
            if (s == null) return new Answers(new double[0], 0, 0);
            ResponseTable t = s.table();
            int q = column(t, code);
            if (q < 0) return new Answers(new double[0], 0, 0);
            Question question = t.questions().get(q);
            double[] values = QuestionScores.validAnswers(t, q, rows, question, null);
            int invalid = 0;
            int declared = 0;
            byte[] status = t.status(q);
            for (int i = 0; i < rows.length; i++) {
                byte st = status[rows[i]];
                boolean bad = st == CellStatus.INVALID || (st == CellStatus.OK && Double.isNaN(values[i]));
                if (bad) invalid++;
                if (st == CellStatus.DECLARED_MISSING) declared++;
            }
            return new Answers(values, invalid, declared);
        }
    }

    private static int column(ResponseTable t, String code) {
        List<Question> qs = t.questions();
        for (int q = 0; q < qs.size(); q++) if (qs.get(q).code().equals(code)) return q;
        return -1;
    }

    private static List<QuestionStat> firmQuestions(Screened firms, LevelScores level) {
        List<QuestionStat> out = new ArrayList<>();
        int[] rows = firms == null ? new int[0] : firms.scoredRows();
        for (int i : level.tree().questionItems()) {
            String code = level.tree().item(i).code();
            Answers a = Answers.of(firms, code, rows);
            int n = Describe.count(a.valid());
            out.add(new QuestionStat(Level.FIRM, code, n, rows.length - n - a.invalid() - a.declared(), a.invalid(),
                    Describe.mean(a.valid()), Describe.sd(a.valid()), Describe.mean(level.scores()[i]), a.declared()));
        }
        return out;
    }

    /** The frozen bounds the scores used (SPEC §7), so that mean scores here are on the same yardstick. */
    private static Yardstick frozen(Scores scores) {
        java.util.Map<String, double[]> bounds = new java.util.HashMap<>();
        String source = null;
        for (NormalisationBound b : scores.normalisation()) {
            if (b.source().equals(NormalisationBound.BASELINE) || b.source().equals(NormalisationBound.POOLED)) {
                bounds.put(Yardstick.key(b.level(), b.code()), new double[] {b.lo(), b.hi()});
                source = b.source();
            }
        }
        return source == null ? null : new Yardstick(source, bounds, java.util.Map.of());
    }

    private static List<QuestionStat> regionQuestions(Screened firms, Screened regions, LevelScores level,
                                                      Yardstick frozen) {
        List<QuestionStat> out = new ArrayList<>();
        int[] regionRows = regions == null ? new int[0] : regions.scoredRows();
        int[] pooled = firmsInSomeRegion(firms);
        QuestionScores questionnaireScores = QuestionScores.of(regions, null, frozen, null, java.util.Map.of());
        for (int i : level.tree().questionItems()) {
            TreeItem item = level.tree().item(i);
            String code = item.code();
            if (item.question().source() == Level.FIRM) {
                Answers a = Answers.of(firms, code, pooled);
                int n = Describe.count(level.scores()[i]);
                out.add(new QuestionStat(Level.REGION, code, n, level.units() - n, 0, Describe.mean(a.valid()),
                        Describe.sd(a.valid()), Describe.mean(level.scores()[i])));
            } else {
                Answers a = Answers.of(regions, code, regionRows);
                int n = Describe.count(a.valid());
                double[] s = questionnaireScores.of(code);
                out.add(new QuestionStat(Level.REGION, code, n, regionRows.length - n - a.invalid() - a.declared(),
                        a.invalid(), Describe.mean(a.valid()), Describe.sd(a.valid()),
                        s == null ? Double.NaN : Describe.mean(s), a.declared()));
            }
        }
        return out;
    }

    /** Scored firm rows that have a region (those pooled into region values). */
    private static int[] firmsInSomeRegion(Screened firms) {
        if (firms == null) return new int[0];
        return java.util.Arrays.stream(firms.scoredRows()).filter(r -> firms.regionName()[r] != null).toArray();
    }

    private static List<NodeStat> nodeStats(LevelScores level) {
        List<NodeStat> out = new ArrayList<>();
        for (int i : level.tree().nodeItems()) {
            double[] s = level.scores()[i];
            out.add(new NodeStat(level.level(), level.tree().item(i).code(), Describe.count(s), Describe.mean(s),
                    Describe.sd(s)));
        }
        return out;
    }

    /**
     * Cronbach's α of the firm level alone, as {@link #compute} finds it (for {@code trend}, which keeps no other
     * statistic of a year but warns about the same low reliability as {@code score}).
     */
    public static List<Reliability> reliability(Screened firms, Scores scores) {
        return reliability(firms, scores.firm().tree());
    }

    /** α for each firm-level node with ≥ 2 named-scale question children, over scored firms. */
    private static List<Reliability> reliability(Screened firms, LevelTree tree) {
        List<Reliability> out = new ArrayList<>();
        if (firms == null) return out;
        int[] rows = firms.scoredRows();
        for (int i : tree.nodeItems()) {
            List<String> items = new ArrayList<>();
            List<double[]> values = new ArrayList<>();
            for (int c : tree.item(i).children()) {
                Question q = tree.item(c).question();
                if (q == null || q.kind() != ScaleKind.NAMED) continue;
                double[] v = Answers.of(firms, q.code(), rows).valid(); // a fresh array: recoded in place
                if (q.reverse()) {
                    for (int r = 0; r < v.length; r++) v[r] = q.scale().min() + q.scale().max() - v[r];
                }
                items.add(q.code());
                values.add(v);
            }
            if (items.size() >= 2) {
                out.add(Cronbach.of(tree.item(i).code(), items, values.toArray(new double[0][])));
            }
        }
        return out;
    }

    /**
     * SPEC §8 validity at the firm level (where the raw answers are): the named-scale questions beneath
     * subsystem1, beneath subsystem2 and beneath the root, each set with at least one such question; answers
     * reverse-coded as for α, complete cases only.
     */
    private static List<Validity> validity(Screened firms, LevelTree tree, Framework framework) {
        List<Validity> out = new ArrayList<>();
        if (firms == null || tree.root() < 0) return out;
        int[] rows = firms.scoredRows();
        List<Integer> sets = new ArrayList<>();
        for (int which = 1; which <= 2; which++) {
            int at = framework.subsystem(which).map(n -> tree.indexOf(n.code())).orElse(-1);
            if (at >= 0) sets.add(at);
        }
        sets.add(tree.root());
        for (int set : sets) {
            List<String> items = new ArrayList<>();
            List<String> nodes = new ArrayList<>();
            List<double[]> values = new ArrayList<>();
            for (int i : tree.questionItems()) {
                if (!beneath(tree, i, set)) continue;
                Question q = tree.item(i).question();
                if (q.kind() != ScaleKind.NAMED) continue;
                double[] v = Answers.of(firms, q.code(), rows).valid(); // a fresh array: recoded in place
                if (q.reverse()) {
                    for (int r = 0; r < v.length; r++) v[r] = q.scale().min() + q.scale().max() - v[r];
                }
                items.add(q.code());
                nodes.add(tree.item(tree.item(i).parent()).code());
                values.add(v);
            }
            if (items.isEmpty()) continue;
            double[][] data = values.toArray(new double[0][]);
            values.clear(); // the calculator lets go of each column once it has its complete cases
            out.add(ValidityCalculator.consuming(tree.item(set).code(), items, nodes, data, -1));
        }
        return out;
    }

    private static boolean beneath(LevelTree tree, int item, int ancestor) {
        for (int i = item; i >= 0; i = tree.item(i).parent()) if (i == ancestor) return true;
        return false;
    }

    /** Firm scores of every firm-level node by region (region order) and by each --by grouping (by name). */
    private static List<GroupStat> groups(Screened firms, LevelScores level, Options options) {
        List<GroupStat> out = new ArrayList<>();
        if (firms == null) return out;
        int[] rows = firms.scoredRows();
        String[] region = new String[rows.length];
        for (int u = 0; u < rows.length; u++) region[u] = firms.regionName()[rows[u]];
        Map<String, List<Integer>> byRegion = new LinkedHashMap<>();
        String[] order = RegionUnits.of(firms, null).names();
        for (String name : order) byRegion.put(name, new ArrayList<>());
        for (int u = 0; u < rows.length; u++) if (region[u] != null) byRegion.get(region[u]).add(u);
        addGroups(out, "region", byRegion, level);
        for (String grouping : options.by()) {
            MetaRole role = metaRole(grouping);
            if (role == null) continue;
            Map<String, List<Integer>> members = new TreeMap<>();
            for (int u = 0; u < rows.length; u++) {
                String g = firms.table().meta(role, rows[u]);
                if (g != null && !g.isBlank()) members.computeIfAbsent(g.strip(), k -> new ArrayList<>()).add(u);
            }
            addGroups(out, grouping, members, level);
        }
        return out;
    }

    private static MetaRole metaRole(String grouping) {
        return switch (grouping.toLowerCase(java.util.Locale.ROOT)) {
            case "community" -> MetaRole.COMMUNITY;
            case "industry" -> MetaRole.INDUSTRY;
            case "size" -> MetaRole.SIZE;
            default -> null;
        };
    }

    private static void addGroups(List<GroupStat> out, String grouping, Map<String, List<Integer>> members,
                                  LevelScores level) {
        for (Map.Entry<String, List<Integer>> e : members.entrySet()) {
            for (int i : level.tree().nodeItems()) {
                double[] all = level.scores()[i];
                double[] values = e.getValue().stream().mapToDouble(u -> all[u]).toArray();
                out.add(GroupStatistics.of(grouping, e.getKey(), level.tree().item(i).code(), values));
            }
        }
    }
}
