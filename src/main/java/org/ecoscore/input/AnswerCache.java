package org.ecoscore.input;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Parsed answers of one question remembered per shared-string index (an open-addressing int → double
 * table, allocated on first use) and per text (a hash map), both bounded: once full they stop remembering
 * and parsing simply runs again. Keeps a 100,000-row file from normalising the same label 100,000 times.
 * Not thread-safe.
 */
final class AnswerCache {
    /** Returned when nothing is remembered (parsed answers are finite, NaN or +∞, never −∞). */
    static final double ABSENT = Double.NEGATIVE_INFINITY;
    private static final int CAPACITY = 1 << 12;
    private static final int MAX_INDEXED = CAPACITY * 3 / 4;
    private static final int MAX_TEXTS = 1024;

    private int[] keys;
    private double[] values;
    private int indexed;
    private final Map<String, Double> byText = new HashMap<>();

    /** The slot holding {@code index}, or the free slot where it would go (linear probing). */
    private int slot(int index) {
        int h = (index * 0x9E3779B1) >>> 20;
        while (keys[h] != -1 && keys[h] != index) h = (h + 1) & (CAPACITY - 1);
        return h;
    }

    /** The remembered answer for a shared-string index, or {@link #ABSENT}. */
    double byIndex(int index) {
        if (keys == null) return ABSENT;
        int s = slot(index);
        return keys[s] == index ? values[s] : ABSENT;
    }

    void putIndex(int index, double value) {
        if (indexed >= MAX_INDEXED) return;
        if (keys == null) {
            keys = new int[CAPACITY];
            Arrays.fill(keys, -1);
            values = new double[CAPACITY];
        }
        int s = slot(index);
        if (keys[s] != index) {
            keys[s] = index;
            indexed++;
        }
        values[s] = value;
    }

    /** The remembered answer for a text, or {@link #ABSENT}. */
    double byText(String text) {
        Double v = byText.get(text);
        return v == null ? ABSENT : v;
    }

    void putText(String text, double value) {
        if (byText.size() < MAX_TEXTS) byText.put(text, value);
    }
}
