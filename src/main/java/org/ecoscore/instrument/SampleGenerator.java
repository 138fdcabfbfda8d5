package org.ecoscore.instrument;

import org.ecoscore.core.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ecoscore.core.EcoscoreException;
import org.ecoscore.core.Level;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.framework.Node;
import org.ecoscore.framework.Question;

/**
 * SPEC §6 {@code sample}: a realistic synthetic 问卷星-style batch for a framework. Firms have a latent quality
 * made of a regional part and a firm part, per top-level branch of the tree (so regions differ and the
 * subsystems correlate); answers follow it with noise. The messiness of real exports comes at low rates
 * (see {@link AnswerSampler}, plus duplicate submissions, blank regions, one speeder, one straight-liner).
 * The same seed gives the same cells. Streams rows through SXSSF, so 100,000 × 150 is fine.
 */
public final class SampleGenerator {
    static final String SHEET = "Sheet1";
    static final String NUMBER_HEADER = "序号";
    private static final MetaRole[] META_ORDER = {MetaRole.ID, MetaRole.NAME, MetaRole.REGION, MetaRole.INDUSTRY,
        MetaRole.SIZE, MetaRole.COMMUNITY, MetaRole.SUBMITTED, MetaRole.DURATION};

    private SampleGenerator() {
    }

    /** Writes a 问卷星-style firm batch (and, when regionsOut is not null, the region questionnaires). */
    public static void generate(Framework framework, int firms, long seed, Path firmsOut, Path regionsOut) {
        if (firms < 1) throw EcoscoreException.usage("--firms must be at least 1.").coded("sample-firms-min");
        SampleRegions regions = new SampleRegions(framework.regions().regions());
        SplittableRandom rnd = new SplittableRandom(seed);
        LatentModel model = new LatentModel(framework, regions.size(), rnd.split());
        FirmPlan plan = FirmPlan.draw(firms, regions, rnd.split());
        List<Question> firmQuestions = framework.questionsOf(Level.FIRM);
        AtomicFiles.write(firmsOut, out -> {
            SXSSFWorkbook wb = new StreamingWorkbook();
            try {
                writeFirms(wb, framework, firmQuestions, model, plan, regions, rnd.split());
                wb.write(out);
            } finally {
                close(wb);
            }
        });
        if (regionsOut != null) {
            List<Question> regionQuestions = framework.questionsOf(Level.REGION);
            SplittableRandom regionRnd = rnd.split();
            AtomicFiles.write(regionsOut, out -> {
                SXSSFWorkbook wb = new StreamingWorkbook();
                try {
                    writeRegions(wb, framework, regionQuestions, model, plan, regions, regionRnd);
                    wb.write(out);
                } finally {
                    close(wb);
                }
            });
        }
    }

    private static void writeFirms(SXSSFWorkbook wb, Framework fw, List<Question> questions, LatentModel model,
                                   FirmPlan plan, SampleRegions regions, SplittableRandom rnd) {
        SXSSFSheet sheet = wb.createSheet(SHEET);
        Row header = sheet.createRow(0);
        int col = 0;
        header.createCell(col++).setCellValue(NUMBER_HEADER);
        List<MetaRole> roles = new ArrayList<>();
        for (MetaRole role : META_ORDER) {
            List<String> aliases = fw.metaAliases(role);
            if (aliases.isEmpty()) continue;
            roles.add(role);
            header.createCell(col++).setCellValue(aliases.get(0));
        }
        for (int q = 0; q < questions.size(); q++) {
            header.createCell(col++).setCellValue((q + 1) + "、" + questions.get(q).text(false));
        }
        AnswerSampler[] samplers = new AnswerSampler[questions.size()];
        int[] branch = new int[questions.size()];
        for (int q = 0; q < samplers.length; q++) {
            samplers[q] = new AnswerSampler(questions.get(q), rnd);
            branch[q] = model.branchOf(questions.get(q));
        }
        double baseDuration = Math.log(60 + 8.0 * questions.size());
        double[] firmBranch = new double[model.branches()];
        for (int i = 0; i < plan.firms(); i++) {
            Row row = sheet.createRow(i + 1);
            col = 0;
            row.createCell(col++).setCellValue(i + 1);
            int g = plan.region(i);
            for (MetaRole role : roles) {
                String text = switch (role) {
                    case ID -> plan.id(i);
                    case NAME -> plan.name(i);
                    case REGION -> plan.regionText(i);
                    case INDUSTRY -> plan.industry(i);
                    case SIZE -> plan.size(i);
                    case COMMUNITY -> plan.community(i);
                    case SUBMITTED -> plan.submittedText(i);
                    case DURATION, PROVINCE, CITY, CASE, RATER -> null;
                };
                if (role == MetaRole.DURATION) {
                    double seconds = plan.isSpeeder(i) ? 20 + rnd.nextInt(25)
                            : Math.rint(Math.exp(baseDuration + 0.35 * rnd.nextGaussian()));
                    if (rnd.nextDouble() < 0.3) row.createCell(col).setCellValue((long) seconds + "秒");
                    else row.createCell(col).setCellValue(seconds);
                } else if (text != null && !text.isEmpty()) {
                    row.createCell(col).setCellValue(text);
                }
                col++;
            }
            double firm = plan.quality(i);
            for (int b = 0; b < firmBranch.length; b++) firmBranch[b] = 0.5 * rnd.nextGaussian();
            boolean straight = plan.isStraightLiner(i);
            for (int q = 0; q < samplers.length; q++) {
                AnswerSampler s = samplers[q];
                if (straight && s.isNamed()) {
                    row.createCell(col++).setCellValue(s.straightLineLabel());
                    continue;
                }
                double z = model.firmLatent(g, branch[q], firm, firmBranch[branch[q]], rnd.nextGaussian());
                s.write(row.createCell(col++), z, rnd, !straight);
            }
        }
    }

    private static void writeRegions(SXSSFWorkbook wb, Framework fw, List<Question> questions, LatentModel model,
                                     FirmPlan plan, SampleRegions regions, SplittableRandom rnd) {
        SXSSFSheet sheet = wb.createSheet(SHEET);
        Row header = sheet.createRow(0);
        List<String> regionAliases = fw.metaAliases(MetaRole.REGION);
        header.createCell(0).setCellValue(regionAliases.isEmpty() ? "地区" : regionAliases.get(0));
        for (int q = 0; q < questions.size(); q++) {
            header.createCell(q + 1).setCellValue((q + 1) + "、" + questions.get(q).text(false));
        }
        AnswerSampler[] samplers = new AnswerSampler[questions.size()];
        int[] branch = new int[questions.size()];
        for (int q = 0; q < samplers.length; q++) {
            samplers[q] = new AnswerSampler(questions.get(q), rnd);
            branch[q] = model.branchOf(questions.get(q));
        }
        int r = 1;
        for (int g = 0; g < regions.size(); g++) {
            if (!plan.hasRegion(g)) continue;
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(regions.get(g).nameZh());
            for (int q = 0; q < samplers.length; q++) {
                double z = model.regionLatent(g, branch[q], rnd.nextGaussian());
                samplers[q].write(row.createCell(q + 1), z, rnd, false);
            }
        }
    }

    private static void close(SXSSFWorkbook wb) throws IOException {
        try {
            wb.close();
        } finally {
            wb.dispose();
        }
    }

    /**
     * The latent structure: per region an overall effect and one per top-level branch of the tree (the two
     * subsystems, A and B, in the default framework); per firm the same, plus noise per answer.
     */
    static final class LatentModel {
        private final Map<String, Integer> branchByCode = new HashMap<>();
        private final int branches;
        private final double[] region;
        private final double[][] regionBranch;

        LatentModel(Framework fw, int regionCount, SplittableRandom rnd) {
            Map<String, Node> byCode = new HashMap<>();
            for (Node n : fw.nodes()) byCode.put(n.code(), n);
            Map<String, Integer> topIndex = new HashMap<>();
            for (Node n : fw.nodes()) {
                Node top = n;
                while (!top.isRoot()) {
                    Node parent = byCode.get(top.parent());
                    if (parent == null || parent.isRoot()) break;
                    top = parent;
                }
                Integer b = topIndex.get(top.code());
                if (b == null) {
                    b = topIndex.size();
                    topIndex.put(top.code(), b);
                }
                branchByCode.put(n.code(), b);
            }
            int next = topIndex.size();
            branches = Math.max(1, next);
            region = new double[regionCount];
            regionBranch = new double[regionCount][branches];
            for (int g = 0; g < regionCount; g++) {
                region[g] = 0.6 * rnd.nextGaussian();
                for (int b = 0; b < branches; b++) regionBranch[g][b] = 0.35 * rnd.nextGaussian();
            }
        }

        int branches() {
            return branches;
        }

        int branchOf(Question q) {
            return branchByCode.getOrDefault(q.parent(), 0);
        }

        /** About standard normal: region + region×branch + firm + firm×branch + answer noise. */
        double firmLatent(int g, int b, double firm, double firmBranch, double noise) {
            return (region[g] + regionBranch[g][b] + 0.8 * firm + firmBranch + 0.8 * noise) / 1.42;
        }

        double regionLatent(int g, int b, double noise) {
            return (region[g] + regionBranch[g][b] + 0.4 * noise) / 0.8;
        }
    }

    /**
     * Who the firms are, drawn before any row is written: region, id, name, industry, size, community,
     * submission time, latent quality; which rows are duplicate submissions, the speeder and the straight-liner.
     */
    static final class FirmPlan {
        private static final String[] INDUSTRIES = {"人工智能软件与算法", "智能硬件与芯片", "大模型与生成式AI",
            "智能制造与工业互联网", "智慧医疗", "金融科技", "自动驾驶与智能网联汽车", "机器人", "数据服务与算力"};
        private static final double[] INDUSTRY_WEIGHTS = {22, 10, 14, 14, 8, 8, 7, 9, 8};
        private static final String[] SIZES = {"大型", "中型", "小型", "微型"};
        private static final double[] SIZE_WEIGHTS = {10, 25, 40, 25};
        private static final String[] COMMUNITIES = {"研究群落", "开发群落", "应用群落"};
        private static final double[] COMMUNITY_WEIGHTS = {20, 35, 45};
        private static final String[] NAME_HEADS = {"星", "云", "智", "深", "华", "天", "海", "启", "元", "灵",
            "思", "极", "数", "光", "锐", "鼎", "博", "睿", "安", "中", "新", "科", "联", "未", "明", "宇", "瀚"};
        private static final String[] NAME_TAILS = {"智能科技有限公司", "人工智能科技有限公司", "信息技术有限公司",
            "科技股份有限公司", "数据科技有限公司", "机器人有限公司", "软件有限公司"};
        /** 2025-03-10 09:00:00, local time, as seconds */
        private static final long START = 1_741_597_200L;

        private final int firms;
        private final int[] region;
        private final String[] regionText;
        private final String[] id;
        private final String[] name;
        private final byte[] industry;
        private final byte[] size;
        private final byte[] community;
        private final long[] submitted;
        private final double[] quality;
        private final boolean[] regionUsed;
        private int speeder = -1;
        private int straightLiner = -1;

        private FirmPlan(int firms, int regionCount) {
            this.firms = firms;
            region = new int[firms];
            regionText = new String[firms];
            id = new String[firms];
            name = new String[firms];
            industry = new byte[firms];
            size = new byte[firms];
            community = new byte[firms];
            submitted = new long[firms];
            quality = new double[firms];
            regionUsed = new boolean[regionCount];
        }

        static FirmPlan draw(int firms, SampleRegions regions, SplittableRandom rnd) {
            FirmPlan p = new FirmPlan(firms, regions.size());
            // regions: drawn by weight, and the ten largest each given to one evenly spread row
            Set<Integer> forced = new HashSet<>();
            for (int i = 0; i < firms; i++) p.region[i] = regions.draw(rnd);
            int k = Math.min(Math.min(10, regions.size()), firms);
            for (int t = 0; t < k; t++) {
                int row = (int) ((long) t * firms / k);
                p.region[row] = regions.byWeight(t);
                forced.add(row);
            }
            Set<String> ids = new HashSet<>();
            long time = START;
            double meanGap = Math.max(1, 14.0 * 86_400 / firms);
            for (int i = 0; i < firms; i++) {
                int g = p.region[i];
                String code;
                do {
                    code = SampleCreditCodes.random(regions.division(g, rnd), rnd);
                } while (!ids.add(code));
                p.id[i] = code;
                String place = regions.get(g).shortZh();
                if (place == null || place.isBlank()) place = regions.get(g).nameZh();
                p.name[i] = place + NAME_HEADS[rnd.nextInt(NAME_HEADS.length)]
                        + NAME_HEADS[rnd.nextInt(NAME_HEADS.length)] + NAME_TAILS[rnd.nextInt(NAME_TAILS.length)];
                p.regionText[i] = rnd.nextDouble() < 0.01 && !forced.contains(i) ? "" : regions.writtenForm(g, rnd);
                p.industry[i] = (byte) pick(INDUSTRY_WEIGHTS, rnd);
                p.size[i] = (byte) pick(SIZE_WEIGHTS, rnd);
                p.community[i] = (byte) pick(COMMUNITY_WEIGHTS, rnd);
                time += 1 + (long) (-meanGap * Math.log(1 - rnd.nextDouble()));
                p.submitted[i] = time;
                p.quality[i] = rnd.nextGaussian();
            }
            p.markSpecialRows(forced, rnd);
            for (int i = 0; i < firms; i++) if (!p.regionText[i].isEmpty()) p.regionUsed[p.region[i]] = true;
            return p;
        }

        /** Duplicate submissions (a later row resubmits an earlier firm), one speeder, one straight-liner. */
        private void markSpecialRows(Set<Integer> forced, SplittableRandom rnd) {
            if (firms < 10) return;
            Set<Integer> taken = new HashSet<>(forced);
            speeder = freeRow(taken, rnd);
            straightLiner = freeRow(taken, rnd);
            if (firms < 20) return;
            int duplicates = Math.max(2, firms / 500);
            for (int d = 0; d < duplicates; d++) {
                int j = freeRow(taken, rnd);
                if (j == 0) continue;
                int i = rnd.nextInt(j);
                id[j] = id[i];
                name[j] = name[i];
                region[j] = region[i];
                regionText[j] = regionText[i];
                industry[j] = industry[i];
                size[j] = size[i];
                community[j] = community[i];
                quality[j] = quality[i];
            }
        }

        private int freeRow(Set<Integer> taken, SplittableRandom rnd) {
            int r;
            do {
                r = rnd.nextInt(firms);
            } while (!taken.add(r));
            return r;
        }

        private static int pick(double[] weights, SplittableRandom rnd) {
            double sum = 0;
            for (double w : weights) sum += w;
            double u = rnd.nextDouble() * sum;
            for (int i = 0; i < weights.length; i++) {
                u -= weights[i];
                if (u < 0) return i;
            }
            return weights.length - 1;
        }

        int firms() {
            return firms;
        }

        int region(int i) {
            return region[i];
        }

        boolean hasRegion(int g) {
            return regionUsed[g];
        }

        String id(int i) {
            return id[i];
        }

        String name(int i) {
            return name[i];
        }

        String regionText(int i) {
            return regionText[i];
        }

        String industry(int i) {
            return INDUSTRIES[industry[i]];
        }

        String size(int i) {
            return SIZES[size[i]];
        }

        String community(int i) {
            return COMMUNITIES[community[i]];
        }

        double quality(int i) {
            return quality[i];
        }

        boolean isSpeeder(int i) {
            return i == speeder;
        }

        boolean isStraightLiner(int i) {
            return i == straightLiner;
        }

        /** 问卷星's form: {@code 2025/3/11 15:29:52} (month, day and hour not zero-padded). */
        String submittedText(int i) {
            java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(submitted[i], 0, java.time.ZoneOffset.UTC);
            StringBuilder sb = new StringBuilder(19);
            sb.append(t.getYear()).append('/').append(t.getMonthValue()).append('/').append(t.getDayOfMonth())
                    .append(' ').append(t.getHour()).append(':');
            if (t.getMinute() < 10) sb.append('0');
            sb.append(t.getMinute()).append(':');
            if (t.getSecond() < 10) sb.append('0');
            return sb.append(t.getSecond()).toString();
        }
    }
}
