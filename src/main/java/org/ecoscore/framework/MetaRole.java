package org.ecoscore.framework;

/** Respondent metadata roles of meta.csv (SPEC §1). */
public enum MetaRole {
    ID, NAME, REGION, INDUSTRY, SIZE, COMMUNITY, SUBMITTED, DURATION;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
