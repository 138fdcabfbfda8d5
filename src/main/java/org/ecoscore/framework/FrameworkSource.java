package org.ecoscore.framework;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a framework's tables come from: a folder of CSV files, the packaged default, or one workbook
 * (SPEC §1). Each table read is recorded with its SHA-256 in {@link #files()}.
 */
interface FrameworkSource {
    /** Framework name: folder name, workbook base name, or {@code default}. */
    String name();

    /** As given, or {@code built-in}. */
    String location();

    /** How messages name the table {@code base} ({@code questions.csv}, {@code fw.xlsx[questions]}). */
    String label(String base);

    /** The table {@code framework}, {@code questions}, {@code scales}, {@code meta}, {@code regions} or {@code missing}; empty when absent. */
    Optional<CsvTable> table(String base, Problems problems);

    /**
     * The AHP matrices present, by parent code as named by the file, folder or sheet (sorted by code), each
     * parent's tables by expert name (sorted; the empty name for a parent's single matrix).
     */
    Map<String, Map<String, CsvTable>> ahp(Collection<String> nodeCodes, Problems problems);

    /** The files read so far, in reading order. */
    List<FrameworkFile> files();
}
