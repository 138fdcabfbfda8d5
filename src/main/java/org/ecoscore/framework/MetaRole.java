package org.ecoscore.framework;

/**
 * Respondent metadata roles of meta.csv (SPEC §1), plus {@code province} and {@code city}: the separate
 * province and city columns some platforms write (腾讯问卷 地理位置省 / 地理位置市), read together with
 * {@code region} as the respondent's region.
 */
public enum MetaRole {
    ID, NAME, REGION, INDUSTRY, SIZE, COMMUNITY, SUBMITTED, DURATION, PROVINCE, CITY;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
