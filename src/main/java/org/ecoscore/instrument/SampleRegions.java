package org.ecoscore.instrument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.ecoscore.framework.Region;

/**
 * The regions a synthetic sample draws its firms from: the framework's region dictionary, weighted by
 * roughly where China's AI firms are (Guangdong, Beijing, Shanghai, Zhejiang, Jiangsu first), with the
 * forms respondents write a region in (广东省, 广东, Guangdong, 440000).
 */
final class SampleRegions {
    /** Relative weight by GB/T 2260 code; a region not listed weighs 1. */
    private static final Map<String, Double> WEIGHT_BY_CODE = Map.ofEntries(
            Map.entry("440000", 18.0), Map.entry("110000", 16.0), Map.entry("310000", 12.0),
            Map.entry("330000", 10.0), Map.entry("320000", 9.0), Map.entry("370000", 4.0),
            Map.entry("510000", 4.0), Map.entry("420000", 4.0), Map.entry("340000", 4.0),
            Map.entry("350000", 3.0), Map.entry("430000", 3.0), Map.entry("610000", 3.0),
            Map.entry("120000", 3.0), Map.entry("500000", 3.0), Map.entry("410000", 2.0),
            Map.entry("210000", 2.0));

    /** Used when a framework brings an empty dictionary. */
    private static final List<Region> FALLBACK = List.of(
            new Region("440000", "广东省", "广东", "Guangdong", List.of()),
            new Region("110000", "北京市", "北京", "Beijing", List.of()),
            new Region("310000", "上海市", "上海", "Shanghai", List.of()),
            new Region("330000", "浙江省", "浙江", "Zhejiang", List.of()),
            new Region("320000", "江苏省", "江苏", "Jiangsu", List.of()),
            new Region("370000", "山东省", "山东", "Shandong", List.of()),
            new Region("510000", "四川省", "四川", "Sichuan", List.of()),
            new Region("420000", "湖北省", "湖北", "Hubei", List.of()),
            new Region("340000", "安徽省", "安徽", "Anhui", List.of()),
            new Region("350000", "福建省", "福建", "Fujian", List.of()));

    private final List<Region> regions;
    private final double[] cumulative;
    private final int[] byWeight;

    SampleRegions(List<Region> dictionary) {
        this.regions = dictionary.isEmpty() ? FALLBACK : List.copyOf(dictionary);
        double[] w = new double[regions.size()];
        cumulative = new double[regions.size()];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = WEIGHT_BY_CODE.getOrDefault(regions.get(i).code(), 1.0);
            sum += w[i];
            cumulative[i] = sum;
        }
        for (int i = 0; i < w.length; i++) cumulative[i] /= sum;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < w.length; i++) order.add(i);
        order.sort(Comparator.comparingDouble((Integer i) -> -w[i]).thenComparing(i -> i));
        byWeight = order.stream().mapToInt(Integer::intValue).toArray();
    }

    int size() {
        return regions.size();
    }

    Region get(int i) {
        return regions.get(i);
    }

    /** The i-th region by decreasing weight. */
    int byWeight(int rank) {
        return byWeight[rank];
    }

    int draw(RandomGenerator rnd) {
        double u = rnd.nextDouble();
        for (int i = 0; i < cumulative.length; i++) if (u < cumulative[i]) return i;
        return cumulative.length - 1;
    }

    /** Six digits for a credit code: the region's code, or Beijing's when it has none. */
    String division(int i, RandomGenerator rnd) {
        String code = regions.get(i).code();
        if (code == null || !code.matches("\\d{6}")) code = "110000";
        // a city inside the province, as real registrations are
        return code.substring(0, 2) + "0" + (1 + rnd.nextInt(9)) + "00";
    }

    /** The region as a respondent writes it: mostly the full name, often the short one, now and then English. */
    String writtenForm(int i, RandomGenerator rnd) {
        Region r = regions.get(i);
        double u = rnd.nextDouble();
        String s;
        if (u < 0.55) s = r.nameZh();
        else if (u < 0.85) s = r.shortZh();
        else if (u < 0.95) s = r.nameEn();
        else s = r.aliases().isEmpty() ? r.nameZh() + " " : r.aliases().get(rnd.nextInt(r.aliases().size()));
        return s == null || s.isBlank() ? r.nameZh() : s;
    }
}
