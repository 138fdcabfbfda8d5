package org.ecoscore.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecoscore.screen.Screened;

/**
 * The units of the region level (SPEC §4.2): the distinct canonical regions of the scored firms and of
 * the scored region questionnaires; those with a GB/T 2260 code by code ascending, then the unknown ones
 * by name.
 *
 * @param names         region names in unit order
 * @param codes         their codes ("" when unknown)
 * @param questionnaire per region: the row of its scored region questionnaire (the last one in input
 *                      order when several name the same region), or -1
 * @param questionnaireUnit per region: that questionnaire's position among the scored region rows, or -1
 * @param firms         per region: positions of its firms among the scored firm rows
 */
public record RegionUnits(String[] names, String[] codes, int[] questionnaire, int[] questionnaireUnit,
                          int[][] firms) {

    public int size() {
        return names.length;
    }

    public static RegionUnits of(Screened firmScreen, Screened regionScreen) {
        Map<String, String> codeByName = new LinkedHashMap<>();
        collect(firmScreen, codeByName);
        collect(regionScreen, codeByName);
        List<String> order = new ArrayList<>(codeByName.keySet());
        order.sort(Comparator.<String, Boolean>comparing(n -> codeByName.get(n).isEmpty())
                .thenComparing(n -> codeByName.get(n).isEmpty() ? "" : codeByName.get(n))
                .thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < order.size(); i++) index.put(order.get(i), i);
        int n = order.size();
        String[] names = order.toArray(new String[0]);
        String[] codes = new String[n];
        for (int i = 0; i < n; i++) codes[i] = codeByName.get(names[i]);
        int[] questionnaire = new int[n];
        int[] questionnaireUnit = new int[n];
        java.util.Arrays.fill(questionnaire, -1);
        java.util.Arrays.fill(questionnaireUnit, -1);
        if (regionScreen != null) {
            int[] rows = regionScreen.scoredRows();
            for (int u = 0; u < rows.length; u++) {
                String name = regionScreen.regionName()[rows[u]];
                if (name == null) continue;
                int at = index.get(name);
                questionnaire[at] = rows[u];
                questionnaireUnit[at] = u;
            }
        }
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) members.add(new ArrayList<>());
        if (firmScreen != null) {
            int[] rows = firmScreen.scoredRows();
            for (int u = 0; u < rows.length; u++) {
                String name = firmScreen.regionName()[rows[u]];
                if (name != null) members.get(index.get(name)).add(u);
            }
        }
        int[][] firms = new int[n][];
        for (int i = 0; i < n; i++) firms[i] = members.get(i).stream().mapToInt(Integer::intValue).toArray();
        return new RegionUnits(names, codes, questionnaire, questionnaireUnit, firms);
    }

    private static void collect(Screened s, Map<String, String> codeByName) {
        if (s == null) return;
        for (int r : s.scoredRows()) {
            String name = s.regionName()[r];
            if (name == null) continue;
            String code = s.regionCode()[r];
            String known = codeByName.get(name);
            if (known == null || known.isEmpty()) codeByName.put(name, code == null ? "" : code);
        }
    }
}
