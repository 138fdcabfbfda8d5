package org.ecoscore.screen;

import java.util.Optional;
import org.ecoscore.core.Level;
import org.ecoscore.core.Text;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.framework.Region;
import org.ecoscore.framework.RegionDictionary;
import org.ecoscore.input.ResponseTable;

/**
 * SPEC §3 region: maps each row's region text through the dictionary to its canonical name and code. A
 * region questionnaire's region is its {@code region} column, or else its id.
 */
final class RegionCanonicaliser {
    private RegionCanonicaliser() {
    }

    static RegionColumn canonicalise(ResponseTable table, RegionDictionary dictionary, boolean english) {
        int n = table.rows();
        String[] names = new String[n];
        String[] codes = new String[n];
        String[] written = new String[n];
        for (int r = 0; r < n; r++) {
            String text = regionText(table, r);
            if (text == null) continue;
            written[r] = text;
            Optional<Region> region = dictionary == null ? Optional.empty() : dictionary.lookup(text);
            if (region.isPresent()) {
                names[r] = region.get().name(english);
                codes[r] = region.get().code();
            } else {
                names[r] = Text.nfkcTrim(text);
                codes[r] = "";
            }
        }
        return new RegionColumn(names, codes, written);
    }

    private static String regionText(ResponseTable table, int row) {
        String region = blankToNull(table.meta(MetaRole.REGION, row));
        if (region == null && table.level() == Level.REGION) region = blankToNull(table.meta(MetaRole.ID, row));
        return region;
    }

    static String blankToNull(String s) {
        if (s == null) return null;
        String t = s.strip();
        return Text.normalise(t).isEmpty() ? null : t;
    }
}
