package org.ecoscore.framework;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecoscore.core.Text;

/** The region dictionary: a region written as its code or any of its names becomes the Region. */
public final class RegionDictionary {
    private final List<Region> regions;
    private final Map<String, Region> byKey = new HashMap<>();

    public RegionDictionary(List<Region> regions) {
        this.regions = List.copyOf(regions);
        for (Region r : this.regions) {
            put(r.code(), r);
            put(r.nameZh(), r);
            put(r.shortZh(), r);
            put(r.nameEn(), r);
            for (String a : r.aliases()) put(a, r);
        }
    }

    private void put(String text, Region r) {
        String k = Text.normalise(text);
        if (!k.isEmpty()) byKey.putIfAbsent(k, r);
    }

    public List<Region> regions() {
        return regions;
    }

    /** The region a text names (after SPEC §2 normalisation), if any. */
    public Optional<Region> lookup(String text) {
        return Optional.ofNullable(byKey.get(Text.normalise(text)));
    }
}
