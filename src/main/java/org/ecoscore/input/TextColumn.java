package org.ecoscore.input;

import java.util.Arrays;

/**
 * A growing column of texts that differ from row to row (firm names): the characters of every value in one
 * {@code char[]} and an offset per row, instead of a String object per row — a million names of eight
 * characters take ≈ 24 MB instead of ≈ 60 MB. Values come back as equal Strings (exact, surrogates included);
 * null stays null. Not thread-safe while it grows.
 */
final class TextColumn {
    private char[] chars = new char[256];
    private int used;
    /** Per row: the value's first character in {@link #chars}, or −1 when null. */
    private int[] start;
    /** Per row: the value's length. */
    private int[] length;

    TextColumn(int capacity) {
        start = new int[capacity];
        length = new int[capacity];
        Arrays.fill(start, -1);
    }

    /** Room for rows up to {@code capacity} (new rows null). */
    void grow(int capacity) {
        int from = start.length;
        start = Arrays.copyOf(start, capacity);
        length = Arrays.copyOf(length, capacity);
        Arrays.fill(start, from, capacity, -1);
    }

    void set(int row, String value) {
        if (value == null) {
            start[row] = -1;
            length[row] = 0;
            return;
        }
        int n = value.length();
        if (used + n > chars.length) {
            long want = Math.max((long) used + n, (long) chars.length + (chars.length >> 1));
            if (want > Integer.MAX_VALUE - 16) throw new OutOfMemoryError("text column over 2 G characters");
            chars = Arrays.copyOf(chars, (int) want);
        }
        value.getChars(0, n, chars, used);
        start[row] = used;
        length[row] = n;
        used += n;
    }

    String get(int row) {
        int s = start[row];
        return s < 0 ? null : new String(chars, s, length[row]);
    }

    /** The same values for rows 0 … rows − 1, with no spare room. */
    TextColumn trimmed(int rows) {
        TextColumn t = new TextColumn(0);
        t.chars = Arrays.copyOf(chars, used);
        t.used = used;
        t.start = Arrays.copyOf(start, rows);
        t.length = Arrays.copyOf(length, rows);
        return t;
    }
}
