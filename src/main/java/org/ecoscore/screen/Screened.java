package org.ecoscore.screen;

import org.ecoscore.input.ResponseTable;

/**
 * The outcome of SPEC §3 for one level: every row of the table is scored or excluded with a reason.
 *
 * @param table      the rows screened
 * @param scoredRows indices of the scored rows, in input order
 * @param ids        per row: the id as used — trimmed as written; blank → {@code FILE#ROW} (firms) or the
 *                   canonical region (region questionnaires)
 * @param exclusion  per row: null when scored, else the reason code ({@code duplicate-id},
 *                   {@code duplicate-name}, {@code low-coverage}, {@code speeder}, {@code straight-lining})
 * @param regionName per row: canonical region name in the report language, the name as written (NFKC,
 *                   trimmed) when unknown, null when blank
 * @param regionCode per row: GB/T 2260 code, "" when the region is unknown, null when blank
 * @param flags      per row: bit mask of {@link #SPEEDER} and {@link #STRAIGHT_LINING}
 */
public record Screened(ResponseTable table, int[] scoredRows, String[] ids, String[] exclusion,
                       String[] regionName, String[] regionCode, int[] flags) {
    public static final int SPEEDER = 1;
    public static final int STRAIGHT_LINING = 2;

    public boolean scored(int row) {
        return exclusion[row] == null;
    }

    /** Flag codes joined by {@code ;} as in firms.csv ("" when none). */
    public static String flagCodes(int mask) {
        StringBuilder sb = new StringBuilder();
        if ((mask & SPEEDER) != 0) sb.append("speeder");
        if ((mask & STRAIGHT_LINING) != 0) sb.append(sb.length() > 0 ? ";" : "").append("straight-lining");
        return sb.toString();
    }
}
