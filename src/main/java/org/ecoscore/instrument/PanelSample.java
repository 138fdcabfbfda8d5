package org.ecoscore.instrument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ecoscore.core.AtomicFiles;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.ExitCode;
import org.ecoscore.core.Level;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.framework.Node;
import org.ecoscore.framework.Question;
import org.ecoscore.framework.Scale;
import org.ecoscore.screen.PanelScreener;

/**
 * SPEC §6 {@code sample --source expert}: a synthetic expert panel in a 问卷星-style table (without 序号: the
 * panel has no respondent-number role), one row per rater and case. Each case has a standing per top-level branch of the tree; a rater's answer follows it with the rater's
 * own leniency and noise, so the raters agree well but not perfectly; the last rater (with three or more) reads
 * the cases the other way round, so the panel has one rater who agrees clearly less. The cases are the
 * framework's case list (scale {@code cases}), else 案例1 … 案例5. The same seed gives the same cells.
 */
public final class PanelSample {
    /** Cases of a framework without a case list. */
    static final int DEFAULT_CASES = 5;
    private static final double LENIENCY_SD = 0.3;
    private static final double NOISE_SD = 0.45;

    private PanelSample() {
    }

    public static void generate(Framework framework, int raters, long seed, Path out) {
        if (raters < 2) {
            throw EcoscoreException.usage("--raters must be at least 2 (agreement needs two raters).")
                    .coded("panel-raters-min");
        }
        List<Question> questions = framework.questionsOf(Level.EXPERT);
        if (questions.isEmpty()) {
            throw new EcoscoreException(ExitCode.USAGE, framework.location(), "framework " + framework.name()
                    + " asks no expert question; choose a framework with source expert questions (such as "
                    + "indicators/country-comparison) or --source firm.").coded("panel-no-expert-question", "name",
                    framework.name());
        }
        String raterHeader = first(framework, MetaRole.RATER, "专家");
        String caseHeader = first(framework, MetaRole.CASE, "案例");
        List<String> cases = cases(framework);
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Node> branches = new ArrayList<>();
        for (Node n : framework.nodes()) if (n.parent().equals(framework.root().code())) branches.add(n);
        int[] branch = new int[questions.size()];
        for (int q = 0; q < branch.length; q++) branch[q] = branchOf(framework, questions.get(q), branches);
        double[][] standing = new double[cases.size()][Math.max(1, branches.size())];
        for (double[] s : standing) for (int b = 0; b < s.length; b++) s[b] = 0.8 * rnd.nextGaussian();
        AtomicFiles.write(out, o -> {
            SXSSFWorkbook wb = new StreamingWorkbook();
            try {
                SXSSFSheet sheet = wb.createSheet(SampleGenerator.SHEET);
                Row header = sheet.createRow(0);
                int col = 0;
                // no 序号 column: the panel level has no respondent-number role, and the sample scores with no issue
                header.createCell(col++).setCellValue(raterHeader);
                header.createCell(col++).setCellValue(caseHeader);
                for (int q = 0; q < questions.size(); q++) {
                    header.createCell(col++).setCellValue((q + 1) + "、" + questions.get(q).text(false));
                }
                AnswerSampler[] samplers = new AnswerSampler[questions.size()];
                for (int q = 0; q < samplers.length; q++) samplers[q] = new AnswerSampler(questions.get(q), rnd);
                int r = 1;
                for (int k = 0; k < raters; k++) {
                    double leniency = LENIENCY_SD * rnd.nextGaussian();
                    boolean contrary = raters >= 3 && k == raters - 1;
                    for (int c = 0; c < cases.size(); c++) {
                        Row row = sheet.createRow(r);
                        row.createCell(0).setCellValue(String.format(java.util.Locale.ROOT, "E%02d", k + 1));
                        row.createCell(1).setCellValue(cases.get(c));
                        for (int q = 0; q < samplers.length; q++) {
                            double s = standing[c][branch[q]];
                            double z = (contrary ? -s : s) + leniency + NOISE_SD * rnd.nextGaussian();
                            samplers[q].write(row.createCell(2 + q), z, rnd, false);
                        }
                        r++;
                    }
                }
                wb.write(o);
            } finally {
                wb.close();
                wb.dispose();
            }
        });
    }

    /** The case list's names (Chinese), or 案例1 … 案例5. */
    static List<String> cases(Framework framework) {
        Scale list = framework.scales().get(PanelScreener.CASES_SCALE);
        if (list != null) return PanelScreener.displayNames(list, false);
        List<String> out = new ArrayList<>();
        for (int c = 1; c <= DEFAULT_CASES; c++) out.add("案例" + c);
        return out;
    }

    private static String first(Framework framework, MetaRole role, String fallback) {
        List<String> aliases = framework.metaAliases(role);
        return aliases.isEmpty() || aliases.get(0).isBlank() ? fallback : aliases.get(0).strip();
    }

    private static int branchOf(Framework framework, Question q, List<Node> branches) {
        String p = q.parent();
        while (p != null && !p.isEmpty()) {
            for (int b = 0; b < branches.size(); b++) if (branches.get(b).code().equals(p)) return b;
            String up = p;
            p = framework.node(up).map(Node::parent).orElse(null);
        }
        return 0;
    }
}
