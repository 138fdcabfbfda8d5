package org.ecoscore.instrument;

import java.util.ArrayList;
import java.util.List;
import org.ecoscore.core.Level;
import org.ecoscore.framework.Framework;
import org.ecoscore.framework.MetaRole;

/**
 * A metadata field of a template, headed by the first alias of its role in meta.csv (SPEC §6), so that the
 * reader maps it back with no help.
 *
 * @param role  the meta.csv role
 * @param label the role's first alias
 */
record MetaField(MetaRole role, String label) {
    private static final List<MetaRole> FIRM = List.of(MetaRole.ID, MetaRole.NAME, MetaRole.REGION,
            MetaRole.INDUSTRY, MetaRole.SIZE, MetaRole.COMMUNITY);
    /** A region questionnaire is identified by its region (SPEC §3); the name is the answering office. */
    private static final List<MetaRole> REGION = List.of(MetaRole.REGION, MetaRole.NAME);
    /** An expert panel's row: which expert rated which case (SPEC §8). */
    private static final List<MetaRole> EXPERT = List.of(MetaRole.RATER, MetaRole.CASE);

    /**
     * The fields a questionnaire of this source asks, in order; roles without an alias are left out. A region
     * questionnaire's name field is answered by an office, not a firm: it takes the first name alias that does
     * not speak of a firm (default meta.csv: 单位名称), else the first alias.
     */
    static List<MetaField> of(Framework framework, Level source) {
        List<MetaField> out = new ArrayList<>();
        for (MetaRole role : source == Level.FIRM ? FIRM : source == Level.EXPERT ? EXPERT : REGION) {
            List<String> aliases = framework.metaAliases(role);
            if (aliases != null && !aliases.isEmpty() && !aliases.get(0).isBlank()) {
                String label = aliases.get(0).strip();
                if (source == Level.REGION && role == MetaRole.NAME) {
                    label = aliases.stream().map(String::strip).filter(a -> !a.isEmpty() && !speaksOfAFirm(a))
                            .findFirst().orElse(label);
                }
                out.add(new MetaField(role, label));
            }
        }
        return out;
    }

    private static boolean speaksOfAFirm(String alias) {
        String a = alias.toLowerCase(java.util.Locale.ROOT);
        return a.contains("企业") || a.contains("公司") || a.contains("company") || a.contains("firm")
                || a.contains("enterprise");
    }
}
