package org.ecoscore.report;

import org.ecoscore.screen.Screened;

/** Per input file of one level: rows read = scored + excluded (SPEC §3). */
record FileCounts(int read, int scored, int excluded) {

    static FileCounts[] of(Screened s) {
        int files = s.table().files().size();
        int[] scored = new int[files];
        int[] excluded = new int[files];
        for (int r = 0; r < s.table().rows(); r++) {
            int f = s.table().fileIndex(r);
            if (s.scored(r)) scored[f]++;
            else excluded[f]++;
        }
        FileCounts[] out = new FileCounts[files];
        for (int f = 0; f < files; f++) out[f] = new FileCounts(scored[f] + excluded[f], scored[f], excluded[f]);
        return out;
    }
}
