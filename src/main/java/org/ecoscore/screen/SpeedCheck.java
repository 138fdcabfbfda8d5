package org.ecoscore.screen;

/**
 * What {@code --min-duration} did to one level's rows: how many rows it checked, how many it flagged as speeders
 * (answered faster), and how many it could not check because they have no readable duration (blank, or a cell
 * that is not a duration). The rows checked are those still in when the flags are screened — not excluded as a
 * duplicate, for low coverage or (expert panels) for a missing case or rater; {@link FlagScreen} reports the same
 * rows per file ({@code unchecked-duration}).
 *
 * @param checked   rows that reached the speed check
 * @param flagged   of them, speeders (excluded with {@code --exclude-flagged}, else still scored)
 * @param unchecked of them, rows with no readable duration
 */
public record SpeedCheck(int checked, int flagged, int unchecked) {
    /** The counts of a screened level (all zero when it has no rows). */
    public static SpeedCheck of(Screened s) {
        int checked = 0;
        int flagged = 0;
        int unchecked = 0;
        for (int r = 0; r < s.table().rows(); r++) {
            if (!FlagScreen.reached(s.exclusion()[r])) continue;
            checked++;
            if ((s.flags()[r] & Screened.SPEEDER) != 0) flagged++;
            if (Double.isNaN(s.table().duration(r))) unchecked++;
        }
        return new SpeedCheck(checked, flagged, unchecked);
    }
}
