package org.ecoscore.screen;

/**
 * Each row's region after canonicalisation (SPEC §3 region).
 *
 * @param names   canonical name in the report language; the text as written (NFKC, trimmed) when unknown;
 *                null when blank
 * @param codes   GB/T 2260 code; "" when unknown; null when blank
 * @param written the text the region was taken from (trimmed), null when blank
 */
record RegionColumn(String[] names, String[] codes, String[] written) {
    boolean blank(int row) {
        return names[row] == null;
    }

    boolean unknown(int row) {
        return codes[row] != null && codes[row].isEmpty();
    }
}
