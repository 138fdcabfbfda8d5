package org.ecoscore.framework;

/**
 * Respondent metadata roles of meta.csv (SPEC §1), plus {@code province} and {@code city}: the separate
 * province and city columns some platforms write (腾讯问卷 地理位置省 / 地理位置市), read together with
 * {@code region} as the respondent's region; {@code case} and {@code rater}: an expert panel's row (SPEC §8) —
 * the case rated (a country, a region, a programme) and the expert who rated it.
 */
public enum MetaRole {
    ID, NAME, REGION, INDUSTRY, SIZE, COMMUNITY, SUBMITTED, DURATION, PROVINCE, CITY, CASE, RATER;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
