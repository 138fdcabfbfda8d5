package org.ecoscore.core;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;

/**
 * The text of a double as the shortest decimal that reads back to the same double (and, of several such,
 * the one closest to it), in {@link Double#toString}'s layout ({@code 0.25}, {@code 75.0}, {@code 1.0E-5},
 * {@code 2.82879384806159E17}). JDK 17's {@code Double.toString} sometimes writes a digit more than needed
 * ({@code 1.0E23} as {@code 9.999999999999999E22}, bug JDK-4511638, fixed in JDK 19); this uses Raffaello
 * Giulietti's Schubfach algorithm, the one JDK 19 adopted, in jackson-core's copy (Apache-2.0), which is
 * also about twice as fast as JDK 17's. Every number the reports, CSV tables and JSON summary write goes
 * through here, so the same double is the same text in all of them.
 */
public final class ShortestDecimal {
    private ShortestDecimal() {
    }

    /** {@code d} as {@link Double#toString} would write it in JDK 19 and later ({@code NaN}, {@code Infinity} too). */
    public static String of(double d) {
        return DoubleToDecimal.toString(d);
    }
}
