package org.ecoscore.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecoscore.core.Text;

/**
 * The region dictionaries: the provincial-level units (regions.csv) and the prefecture-level divisions
 * (cities.csv), each city carrying its province. A region written as a code or any name of either becomes
 * the unit it names; {@link #place(String)} also reads the forms survey platforms write
 * ({@code IP(江苏-南京)}, {@code 山西-晋城}, {@code 山东省 淄博市 张店区}, {@code 广东深圳}, {@code 深圳市南山区}).
 */
public final class RegionDictionary {
    /** Splits a region text into parts: dashes, spaces, slashes, commas, 、, ·, | and >. */
    private static final Pattern SEPARATORS = Pattern.compile("[-－—–‐/／\\\\,，、·・|｜>＞_\\s]+");
    /** {@code IP(江苏-南京)}, {@code 120.1.2.3(江苏-南京)}, {@code (江苏-南京)} — 问卷星's 来自IP column. */
    private static final Pattern IP_FORM = Pattern.compile("^(ip|[0-9a-f.:*x]*)[(（\\[【]([^()（）]*)[)）\\]】]$");
    /** Names of fewer characters are matched only as a whole part, never as the start of a longer one. */
    private static final int MIN_PREFIX = 2;
    /** A leading 中国 (中国广东深圳) is skipped. */
    private static final String COUNTRY = "中国";

    private final List<Region> regions;
    private final List<Region> cities;
    private final Map<String, Region> byKey = new HashMap<>();
    private final Map<String, Region> cityByKey = new HashMap<>();
    private final Map<String, Region> provinceOfCity = new HashMap<>();
    private final Map<Character, List<String>> prefixKeys = new HashMap<>();

    /** A provincial dictionary only (no city level). */
    public RegionDictionary(List<Region> regions) {
        this(regions, List.of(), Map.of());
    }

    /**
     * @param regions        the provincial-level units
     * @param cities         the prefecture-level units
     * @param provinceOfCity city code → its provincial unit (one of {@code regions})
     */
    public RegionDictionary(List<Region> regions, List<Region> cities, Map<String, Region> provinceOfCity) {
        this.regions = List.copyOf(regions);
        this.cities = List.copyOf(cities);
        this.provinceOfCity.putAll(provinceOfCity);
        for (Region r : this.regions) for (String k : keys(r)) put(byKey, k, r);
        for (Region c : this.cities) for (String k : keys(c)) put(cityByKey, k, c);
        for (String k : byKey.keySet()) addPrefix(k);
        for (String k : cityByKey.keySet()) addPrefix(k);
        for (List<String> l : prefixKeys.values()) l.sort((a, b) -> b.length() - a.length());
    }

    private static List<String> keys(Region r) {
        List<String> k = new ArrayList<>(List.of(r.code(), r.nameZh(), r.shortZh(), r.nameEn()));
        k.addAll(r.aliases());
        return k;
    }

    private static void put(Map<String, Region> map, String text, Region r) {
        String k = Text.normalise(text);
        if (!k.isEmpty()) map.putIfAbsent(k, r);
    }

    /** Keys of Chinese names of at least two characters may start a longer text (广东深圳, 深圳市南山区). */
    private void addPrefix(String key) {
        if (key.codePointCount(0, key.length()) < MIN_PREFIX || !Character.isIdeographic(key.codePointAt(0))) return;
        List<String> l = prefixKeys.computeIfAbsent(key.charAt(0), c -> new ArrayList<>());
        if (!l.contains(key)) l.add(key);
    }

    public List<Region> regions() {
        return regions;
    }

    /** The prefecture-level units (empty when the framework's dictionary has none). */
    public List<Region> cities() {
        return cities;
    }

    /** The provincial unit a city code belongs to. */
    public Optional<Region> provinceOf(String cityCode) {
        return Optional.ofNullable(cityCode == null ? null : provinceOfCity.get(cityCode));
    }

    /** The provincial unit a text names exactly (after SPEC §2 normalisation), if any. */
    public Optional<Region> lookup(String text) {
        return Optional.ofNullable(byKey.get(Text.normalise(text)));
    }

    /**
     * Where a region text places a respondent.
     *
     * @param province the provincial unit, null when none is named (or the text names two that disagree)
     * @param city     the prefecture-level unit, null when none is named
     */
    public record Place(Region province, Region city) {
        public static final Place NONE = new Place(null, null);

        public boolean known() {
            return province != null;
        }
    }

    /**
     * Reads a region text as platforms write it: exactly a name or code of either dictionary; else the part in
     * the brackets of {@code IP(…)}; else its parts (split on {@code - / , 、} and spaces), each read from the
     * start as a run of names — a province, then a city, the rest (a district) ignored — always taking the
     * longest name that fits. A city gives its province; a text whose names disagree (a city of another
     * province) places nowhere.
     */
    public Place place(String text) {
        String s = Text.normalise(text);
        if (s.isEmpty()) return Place.NONE;
        Place exact = exact(s);
        if (exact != null) return exact;
        Matcher ip = IP_FORM.matcher(s);
        if (ip.matches()) {
            s = ip.group(2).strip();
            exact = exact(s);
            if (exact != null) return exact;
        }
        Region province = null;
        Region city = null;
        for (String part : SEPARATORS.split(s)) {
            if (part.isEmpty()) continue;
            Region p = byKey.get(part);
            Region c = cityByKey.get(part);
            if (p != null && c == null) {
                if (province != null && province != p) return Place.NONE;
                province = p;
                continue;
            }
            if (c != null && p == null) {
                if (city != null && city != c) return Place.NONE;
                city = c;
                continue;
            }
            if (p != null) { // a municipality: the province and its city unit at once
                if ((province != null && province != p) || (city != null && city != c)) return Place.NONE;
                province = p;
                city = c;
                continue;
            }
            int at = part.startsWith(COUNTRY) ? COUNTRY.length() : 0;
            while (at < part.length()) {
                String key = longestKeyAt(part, at);
                if (key == null) break;
                Region kp = byKey.get(key);
                Region kc = cityByKey.get(key);
                if (kc != null) {
                    if (city != null && city != kc) return Place.NONE;
                    city = kc;
                    if (kp != null) province = kp;
                    break; // what follows a city is a district
                }
                if (province != null && province != kp) return Place.NONE;
                province = kp;
                at += key.length();
            }
        }
        if (city != null) {
            Region of = provinceOfCity.get(city.code());
            if (province != null && of != null && province != of) return Place.NONE;
            if (of != null) province = of;
        }
        if (province == null) return Place.NONE;
        return new Place(province, city);
    }

    private Place exact(String normalised) {
        Region p = byKey.get(normalised);
        Region c = cityByKey.get(normalised);
        if (p != null) {
            // 北京 names the municipality and its city unit; 吉林 names the province only
            return new Place(p, c != null && p.code().equals(c.code()) ? c : null);
        }
        if (c != null) {
            Region of = provinceOfCity.get(c.code());
            return of == null ? null : new Place(of, c);
        }
        return null;
    }

    private String longestKeyAt(String s, int at) {
        List<String> candidates = prefixKeys.get(s.charAt(at));
        if (candidates == null) return null;
        for (String k : candidates) if (s.startsWith(k, at)) return k;
        return null;
    }
}
