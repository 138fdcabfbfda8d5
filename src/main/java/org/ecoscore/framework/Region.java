package org.ecoscore.framework;

import java.util.List;

/** A row of regions.csv (GB/T 2260 provincial-level unit). */
public record Region(String code, String nameZh, String shortZh, String nameEn, List<String> aliases) {
    public Region {
        aliases = List.copyOf(aliases);
    }

    public String name(boolean english) {
        return english ? nameEn : nameZh;
    }
}
