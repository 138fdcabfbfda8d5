package org.ecoscore.draft;

import java.util.List;
import java.util.Map;
import org.ecoscore.framework.MetaRole;

/**
 * A drafted framework (docs/framework-format.md), before it is written: one node, the questions in export
 * order, the scales they use, the metadata aliases, and what was left out and why.
 *
 * @param exports   the exports read
 * @param questions the questions, in the order of their first column
 * @param scales    the named scales used, by name, in first-use order
 * @param meta      role → aliases (the exports' headers first, then the built-in framework's)
 * @param metaUsed  the metadata columns read, per export
 * @param leftOut   the columns that are neither a question nor metadata, with the reason
 * @param missing   answers set aside as "don't know" (declared missing), in first-seen order
 */
record Draft(List<ExportReader.Export> exports, List<Question> questions, Map<String, Vocabulary> scales,
             Map<MetaRole, List<String>> meta, List<MetaColumn> metaUsed, List<LeftOut> leftOut,
             List<String> missing) {

    /**
     * A drafted question.
     *
     * @param code    its code ({@code Q1}, {@code Q6_1}, or the header when it is a code)
     * @param text    text_zh and text_en (the header without number and type tags)
     * @param guess   the scale inferred
     * @param aliases headers that must be aliases for the reader to match its columns
     * @param columns its columns (one per export that asks it)
     */
    record Question(String code, String text, Guess guess, List<String> aliases, List<ExportColumn> columns) {
    }

    /** A metadata column: its role (null = recognised, not read) and the platform that writes it. */
    record MetaColumn(ExportColumn column, MetaRole role, String platform, DraftWords.Phrase note) {
    }

    /** A column left out of the draft. */
    record LeftOut(ExportColumn column, DraftWords.Phrase reason, String evidence) {
    }
}
