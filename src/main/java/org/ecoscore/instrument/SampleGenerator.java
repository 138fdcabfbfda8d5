package org.ecoscore.instrument;

import java.nio.file.Path;
import org.ecoscore.framework.Framework;

/** SPEC §6 {@code sample}. STUB: replaced by the CLI work. */
public final class SampleGenerator {
    private SampleGenerator() {
    }

    /** Writes a 问卷星-style firm batch (and, when regionsOut is not null, the region questionnaires). */
    public static void generate(Framework framework, int firms, long seed, Path firmsOut, Path regionsOut) {
        throw new UnsupportedOperationException("stub");
    }
}
