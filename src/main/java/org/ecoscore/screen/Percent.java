package org.ecoscore.screen;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats a share as a percentage for messages: 0.2 → "20%", 1/3 → "33.3%". */
final class Percent {
    private Percent() {
    }

    static String of(double share) {
        BigDecimal p = BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return p.toPlainString() + "%";
    }
}
