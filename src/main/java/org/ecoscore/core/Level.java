package org.ecoscore.core;

/** The levels scored by SPEC §4 (firms, regions) and §8 (an expert panel's cases). Also the {@code source} of a question. */
public enum Level {
    FIRM("firm"),
    REGION("region"),
    /** An expert panel (SPEC §8): raters score cases; a level of its own, never mixed with firms and regions. */
    EXPERT("expert");

    private final String id;

    Level(String id) {
        this.id = id;
    }

    /** The lower-case word used in framework files and CSV output ({@code firm}, {@code region}). */
    public String id() {
        return id;
    }

    public static Level parse(String text) {
        for (Level l : values()) {
            if (l.id.equalsIgnoreCase(text.trim())) {
                return l;
            }
        }
        throw new IllegalArgumentException("not a level: " + text);
    }
}
