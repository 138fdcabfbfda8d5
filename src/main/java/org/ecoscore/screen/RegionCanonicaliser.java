package org.ecoscore.screen;

import java.util.HashMap;
import java.util.Map;
import org.ecoscore.core.Level;
import org.ecoscore.core.Options.RegionLevel;
import org.ecoscore.core.Text;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.framework.Region;
import org.ecoscore.framework.RegionDictionary;
import org.ecoscore.framework.RegionDictionary.Place;
import org.ecoscore.input.ResponseTable;

/**
 * SPEC §3 region: maps each row's region text through the dictionaries to its unit's canonical name and code —
 * the province (default) or the prefecture-level city ({@code --region-level city}). The text is the row's
 * region cell, or its province and city cells (腾讯问卷 writes 地理位置省 and 地理位置市 apart); a region
 * questionnaire with none of them takes its id. Each distinct combination is resolved once.
 */
final class RegionCanonicaliser {
    private RegionCanonicaliser() {
    }

    static RegionColumn canonicalise(ResponseTable table, RegionDictionary dictionary, boolean english,
                                     RegionLevel level) {
        int n = table.rows();
        String[] names = new String[n];
        String[] codes = new String[n];
        String[] written = new String[n];
        String[] onlyProvince = new String[n];
        boolean[] numbered = new boolean[n];
        boolean firms = table.level() == Level.FIRM;
        Map<String, Resolved> cache = new HashMap<>();
        for (int r = 0; r < n; r++) {
            String region = blankToNull(table.meta(MetaRole.REGION, r));
            String apart = join(blankToNull(table.meta(MetaRole.PROVINCE, r)), blankToNull(table.meta(MetaRole.CITY, r)));
            if (region == null && apart == null && table.level() == Level.REGION) {
                region = blankToNull(table.meta(MetaRole.ID, r));
            }
            if (region == null && apart == null) continue;
            String key = (region == null ? "" : region) + '\u0000' + (apart == null ? "" : apart);
            String reg = region;
            Resolved res = cache.computeIfAbsent(key, k -> resolve(reg, apart, dictionary, english, level));
            written[r] = res.written();
            if (firms && dictionary != null && res.code() != null && res.code().isEmpty() && isNumber(res.written())) {
                // an option's number (问卷星 按序号), not a place: no unit rather than a region named "3"
                numbered[r] = true;
                names[r] = null;
                codes[r] = null;
                onlyProvince[r] = null;
                continue;
            }
            names[r] = res.name();
            codes[r] = res.code();
            onlyProvince[r] = res.onlyProvince();
        }
        return new RegionColumn(names, codes, written, onlyProvince, numbered);
    }

    /** Digits only (after NFKC: full-width digits too), at most 4 of them: an option's number, not a GB/T code. */
    static boolean isNumber(String written) {
        String t = Text.nfkcTrim(written);
        if (t.isEmpty() || t.length() > 4) return false;
        for (int i = 0; i < t.length(); i++) if (t.charAt(i) < '0' || t.charAt(i) > '9') return false;
        return true;
    }

    private record Resolved(String written, String name, String code, String onlyProvince) {
    }

    /**
     * The region cell decides when it is filled in (the respondent's answer beats a platform's location
     * columns), except that a province it names is completed by the city of the separate columns when that
     * city lies in it ({@code 省份 = 广东}, {@code 城市 = 深圳}).
     */
    private static Resolved resolve(String region, String apart, RegionDictionary dictionary, boolean english,
                                    RegionLevel level) {
        Place none = Place.NONE;
        Place r = region == null || dictionary == null ? none : dictionary.place(region);
        Place a = apart == null || dictionary == null ? none : dictionary.place(apart);
        String written = region != null ? region : apart;
        Place place = region != null ? r : a;
        if (region != null && r.known() && r.city() == null && a.known() && a.city() != null
                && a.province() == r.province()) {
            place = a;
            written = region + " " + apart;
        }
        if (!place.known()) return new Resolved(written, Text.nfkcTrim(written), "", null);
        if (level == RegionLevel.PROVINCE) {
            return new Resolved(written, place.province().name(english), place.province().code(), null);
        }
        if (place.city() == null) return new Resolved(written, null, null, place.province().name(english));
        return new Resolved(written, name(place.city(), english), place.city().code(), null);
    }

    private static String join(String a, String b) {
        if (a == null) return b;
        return b == null ? a : a + " " + b;
    }

    /** A city's name in the report language; the Chinese name when the dictionary has no English one. */
    static String name(Region r, boolean english) {
        return english && !r.nameEn().isBlank() ? r.nameEn() : r.nameZh();
    }

    static String blankToNull(String s) {
        if (s == null) return null;
        String t = s.strip();
        return Text.normalise(t).isEmpty() ? null : t;
    }
}
