package org.ecoscore.screen;

/**
 * Each row's region after canonicalisation (SPEC §3 region).
 *
 * @param names        canonical name of the unit (province or city, by {@code --region-level}) in the report
 *                     language; the text as written (NFKC, trimmed) when unknown; null when blank or when, at city
 *                     level, the text names a province but no city
 * @param codes        GB/T 2260 code; "" when unknown; null when there is no unit
 * @param written      the text the region was taken from (trimmed), null when blank
 * @param onlyProvince at city level, the province named by a text that names no city (else null)
 * @param numbered     a firm's region text that is a bare number (no GB/T 2260 code): the number of the option
 *                     chosen, as 问卷星's 按序号 export writes a choice, not a place; the row has no unit
 */
record RegionColumn(String[] names, String[] codes, String[] written, String[] onlyProvince, boolean[] numbered) {
    boolean blank(int row) {
        return written[row] == null;
    }

    boolean unknown(int row) {
        return codes[row] != null && codes[row].isEmpty();
    }

    boolean noCity(int row) {
        return onlyProvince[row] != null;
    }

    boolean numbered(int row) {
        return numbered[row];
    }
}
