package org.ecoscore.score;

import java.util.List;

/**
 * The scoring stage's result: both levels, the AHP consistency of the matrices used (empty unless
 * {@code --weights ahp} or {@code ahp+entropy}), the normalisation bounds in force per number/percent
 * question ({@link NormalisationBound}), the outlier treatments applied ({@code --treat-outliers},
 * empty otherwise) and the Monte Carlo rank intervals ({@code --uncertainty N}, null when off).
 */
public record Scores(LevelScores firm, LevelScores region, List<AhpResult> ahp,
                     List<OutlierTreatmentRecord> outliers, UncertaintyResult uncertainty,
                     List<NormalisationBound> normalisation) {
    public Scores {
        ahp = List.copyOf(ahp);
        outliers = outliers == null ? List.of() : List.copyOf(outliers);
        normalisation = normalisation == null ? List.of() : List.copyOf(normalisation);
    }

    public Scores(LevelScores firm, LevelScores region, List<AhpResult> ahp,
                  List<OutlierTreatmentRecord> outliers, UncertaintyResult uncertainty) {
        this(firm, region, ahp, outliers, uncertainty, List.of());
    }

    /** Without outlier treatment and without uncertainty analysis. */
    public Scores(LevelScores firm, LevelScores region, List<AhpResult> ahp) {
        this(firm, region, ahp, List.of(), null);
    }
}
