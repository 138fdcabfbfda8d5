package org.ecoscore.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ecoscore.input.InputFile;
import org.ecoscore.screen.Screened;

/**
 * One input file's rows: read, scored, excluded (by reason), kept when the table itself is let go (a year of
 * {@code trend}).
 */
public record FileRows(InputFile file, int read, int scored, int excluded, Map<String, Integer> excludedByReason) {
    public FileRows {
        excludedByReason = Map.copyOf(excludedByReason);
    }

    /** The files of one screened level, in file order (empty for null). */
    public static List<FileRows> of(Screened s) {
        List<FileRows> out = new ArrayList<>();
        if (s == null) return out;
        List<InputFile> files = s.table().files();
        int[] read = new int[files.size()];
        int[] scored = new int[files.size()];
        List<Map<String, Integer>> reasons = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) reasons.add(new TreeMap<>());
        for (int r = 0; r < s.table().rows(); r++) {
            int f = s.table().fileIndex(r);
            read[f]++;
            String why = s.exclusion()[r];
            if (why == null) scored[f]++;
            else reasons.get(f).merge(why, 1, Integer::sum);
        }
        for (InputFile f : files) {
            int i = f.index();
            out.add(new FileRows(f, read[i], scored[i], read[i] - scored[i], reasons.get(i)));
        }
        return out;
    }
}
