package org.ecoscore.score;

/**
 * SPEC §4.5a: the lag type of a unit's two subsystems, from r = U1/U2 — below {@value #LOW} subsystem 1
 * lags, above {@value #HIGH} subsystem 2 lags, else the two are synchronous.
 */
public enum Lag {
    SUBSYSTEM1("subsystem1"), SUBSYSTEM2("subsystem2"), SYNCHRONOUS("synchronous");

    /** r below this: subsystem 1 lags. */
    public static final double LOW = 0.8;
    /** r above this: subsystem 2 lags. */
    public static final double HIGH = 1.2;

    private final String id;

    Lag(String id) {
        this.id = id;
    }

    /** The value written to firms.csv / regions.csv ({@code coupling_lag}). */
    public String id() {
        return id;
    }

    /**
     * The lag type of subsystem scores s1, s2 (0–100; r = U1/U2 = s1/s2, the /100 cancels and is left out
     * so that r = 0.8 or 1.2 exactly falls on its boundary); null when either is missing. s2 = 0: subsystem 2
     * lags unless s1 = 0 too (then synchronous).
     */
    public static Lag of(double s1, double s2) {
        if (Double.isNaN(s1) || Double.isNaN(s2)) return null;
        if (s2 == 0) return s1 == 0 ? SYNCHRONOUS : SUBSYSTEM2;
        double r = s1 / s2;
        if (r < LOW) return SUBSYSTEM1;
        if (r > HIGH) return SUBSYSTEM2;
        return SYNCHRONOUS;
    }
}
