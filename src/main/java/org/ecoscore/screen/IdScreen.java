package org.ecoscore.screen;

import org.ecoscore.core.Issue;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.ecoscore.core.Level;
import org.ecoscore.core.Text;
import org.ecoscore.framework.MetaRole;
import org.ecoscore.input.ResponseTable;

/**
 * SPEC §3 id: gives every row an id. A blank id becomes {@code FILE#ROW} with a {@code missing-id} warning, or,
 * in a region questionnaire, the row's canonical region without a warning. An 18-character id shaped like a
 * unified social credit code with a wrong check character gets {@code invalid-credit-code}; an id that Excel
 * turned into scientific notation gets {@code mangled-id}. Both are still scored under the id as written. A credit
 * code typed in full-width or lower-case characters is shown in the registry's form, with an {@code id-normalised} note.
 */
final class IdScreen {
    /** What Excel shows for a long digit string it took as a number: 9.14403E+17. */
    private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d+(\\.\\d*)?[eE][+-]?\\d+");

    private IdScreen() {
    }

    static IdColumn assign(ResponseTable table, RegionColumn regions, RowIssues issues) {
        int n = table.rows();
        String[] ids = new String[n];
        String[] keys = new String[n];
        for (int r = 0; r < n; r++) {
            String id = RegionCanonicaliser.blankToNull(table.meta(MetaRole.ID, r));
            if (id == null && table.level() == Level.REGION && regions.names()[r] != null) {
                id = regions.names()[r];
            }
            if (id == null) {
                ids[r] = table.fileOf(r).display() + "#" + table.rowNumber(r);
                issues.warn(r, "missing-id", "This " + table.level().id() + " has no id; it is scored as "
                        + ids[r] + ". Fill in the id column so that the respondent can be recognised.",
                        Issue.paramsOf("level", table.level().id(), "id", ids[r]));
                continue;
            }
            keys[r] = Text.normalise(id);
            checkShape(id, r, issues);
            // a credit code typed in full-width or lower-case characters is shown as the registry writes it (its key,
            // for duplicates and --baseline, is the same either way)
            String code = CreditCode.canonical(id);
            if (code != null && !code.equals(id.strip())) {
                issues.info(r, "id-normalised", "The id '" + id + "' is a unified social credit code written in"
                        + " full-width or lower-case characters; it is scored and shown as " + code + ", as the registry"
                        + " writes it.", Issue.paramsOf("id", id, "code", code));
                id = code;
            }
            ids[r] = id;
        }
        return new IdColumn(ids, keys);
    }

    private static void checkShape(String id, int row, RowIssues issues) {
        String s = Normalizer.normalize(id, Normalizer.Form.NFKC).strip();
        if (SCIENTIFIC.matcher(s).matches()) {
            issues.warn(row, "mangled-id", "The id '" + id + "' was destroyed by Excel, which showed a long number"
                    + " in scientific notation and dropped its last digits; it is scored under this id, but"
                    + " different firms may now share it. Format the id column as text and enter the ids again.",
                    Issue.paramsOf("id", id));
        } else if (CreditCode.looksLike(s) && !CreditCode.isValid(s)) {
            issues.warn(row, "invalid-credit-code", "The id '" + id + "' looks like a unified social credit code"
                    + " but its check character is wrong (expected '"
                    + CreditCode.checkCharacter(s.substring(0, CreditCode.LENGTH - 1)) + "' from the first 17"
                    + " characters); it is still scored. Check the code for a typing error.",
                    Issue.paramsOf("id", id, "expected", CreditCode.checkCharacter(s.substring(0, CreditCode.LENGTH - 1))));
        }
    }
}
