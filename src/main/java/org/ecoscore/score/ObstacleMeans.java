package org.ecoscore.score;

/**
 * The mean obstacle per item over the units that have obstacles (SPEC §4.8; the national picture when the units
 * are firms), taken one unit at a time in unit order: a blank item of such a unit counts as 0 (none of its obstacle
 * lies there), so that the means of siblings under the root still sum to 1. Whoever passes over the units — the
 * diagnosis alone, or obstacles.csv while it formats them — gets the same bits, since the sums run in unit order.
 */
public final class ObstacleMeans {
    private final double[] sum;
    private int units;

    /** For a tree of {@code items} items. */
    public ObstacleMeans(int items) {
        this.sum = new double[items];
    }

    /** Adds a unit that has obstacles ({@link ObstacleDegrees#unit} returned true): one entry per item, NaN blank. */
    public void add(double[] unitObstacles) {
        units++;
        for (int i = 0; i < sum.length; i++) if (!Double.isNaN(unitObstacles[i])) sum[i] += unitObstacles[i];
    }

    /** Per item the mean over the units added; NaN everywhere when none was. */
    public double[] means() {
        double[] out = new double[sum.length];
        for (int i = 0; i < out.length; i++) out[i] = units == 0 ? Double.NaN : sum[i] / units;
        return out;
    }
}
