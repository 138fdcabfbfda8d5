package org.ecoscore.instrument;

/** The standard normal distribution function, by Abramowitz and Stegun 7.1.26 (error below 1.5e-7). */
final class Normal {
    private Normal() {
    }

    static double cdf(double x) {
        double t = 1 / (1 + 0.3275911 * Math.abs(x) / Math.sqrt(2));
        double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027
                + t * 1.061405429))));
        double erfc = poly * Math.exp(-x * x / 2);
        return x >= 0 ? 1 - erfc / 2 : erfc / 2;
    }
}
