package org.ecoscore.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.ecoscore.core.Options.DuplicatePolicy;
import org.junit.jupiter.api.Test;

/** Matching units of two runs: null keys match nothing; an id twice in a run follows --duplicates. */
class ChangeCalculatorTest {
    @Test
    void keysMatchOnceAndNullKeysNever() {
        int[][] m = ChangeCalculator.match(new String[] {"a", "b", null, "c"}, new String[] {"c", null, "a", "x"},
                DuplicatePolicy.KEEP_LAST);
        assertArrayEquals(new int[] {2, -1, -1, 0}, m[0]);
        assertArrayEquals(new int[] {3, -1, 0, -1}, m[1]);
    }

    @Test
    void anIdTwiceInTheBaselineFollowsTheDuplicatePolicy() {
        String[] now = {"a"};
        String[] then = {"a", "b", "a"};
        assertArrayEquals(new int[] {2}, ChangeCalculator.match(now, then, DuplicatePolicy.KEEP_LAST)[0]);
        assertArrayEquals(new int[] {0}, ChangeCalculator.match(now, then, DuplicatePolicy.KEEP_FIRST)[0]);
        assertArrayEquals(new int[] {-1}, ChangeCalculator.match(now, then, DuplicatePolicy.REJECT)[0]);
        // three copies under reject: still none
        assertArrayEquals(new int[] {-1}, ChangeCalculator.match(now, new String[] {"a", "a", "a"},
                DuplicatePolicy.REJECT)[0]);
        // and twice in this run: the same rule
        assertArrayEquals(new int[] {-1, 0}, ChangeCalculator.match(new String[] {"a", "a"}, new String[] {"a"},
                DuplicatePolicy.KEEP_LAST)[0]);
    }
}
