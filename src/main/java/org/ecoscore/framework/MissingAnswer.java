package org.ecoscore.framework;

/**
 * A row of the optional {@code missing.csv}: an answer that means "not applicable / don't know / no basis /
 * refused" for every question of the framework (SPEC §2 "Declared missing answers").
 *
 * @param answer  as written (compared after normalisation, or as a number when it is one)
 * @param meaning what it stands for, for people (not used in scoring)
 * @param line    1-based line in missing.csv
 */
public record MissingAnswer(String answer, String meaning, int line) {
}
