package org.ecoscore.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecoscore.cli.CliRun;
import org.ecoscore.report.Labels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression (new-user test): an ecoscore report left in the questionnaires' folder was read as survey data —
 * its Firms sheet carries the question columns — and its rows excluded one by one, exit 0. It is now an unreadable
 * file saying what it is; the questionnaires beside it are still scored.
 */
class WorkbookReaderOwnReportTest {
    @TempDir
    Path dir;

    @Test
    void ownSheetNamesAreTheReportsOwn() {
        for (boolean english : new boolean[] {false, true}) {
            Labels l = new Labels(english);
            assertEquals(List.of(l.get("sheet.method"), l.get("sheet.firms"), l.get("sheet.regions"), l.get("sheet.trend")),
                    OwnWorkbook.SHEETS.get(english ? 1 : 0));
        }
    }

    @Test
    void aReportInTheQuestionnairesFolderIsUnreadableWithWhyAndTheRestIsScored() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("surveys"));
        Files.copy(Path.of("samples/firms-wjx.xlsx"), folder.resolve("firms-wjx.xlsx"));
        Path report = dir.resolve("last-year.xlsx");
        CliRun first = CliRun.of("score", folder.toString(), "-o", report.toString(), "--quiet");
        assertEquals(0, first.exitCode(), first.err());
        Files.copy(report, folder.resolve("last-year.xlsx"));

        Path again = dir.resolve("again.xlsx");
        Path csv = dir.resolve("csv");
        CliRun en = CliRun.of("score", folder.toString(), "-o", again.toString(), "--csv", csv.toString(), "--lang", "en");
        assertEquals(3, en.exitCode(), "an input could not be read: " + en.err());
        // the first run wrote a Chinese report (the default language): its sheets are named in Chinese
        assertTrue((en.out() + en.err()).contains("  unreadable: " + folder.resolve("last-year.xlsx") + ": this is an "
                + "ecoscore report (sheets 方法说明 and 企业得分), not a questionnaire: leave it out of the inputs (move it out "
                + "of the questionnaires' folder); to compare with an earlier report, give it to --baseline\n"),
                en.out() + en.err());
        assertTrue((en.out() + en.err()).contains("Files: 2 (1 read, 1 unreadable)"), en.out() + en.err());
        String issues = Files.readString(csv.resolve("issues.csv"), StandardCharsets.UTF_8);
        assertTrue(issues.contains("unreadable-file") && issues.contains("last-year.xlsx"), issues);
        String firms = Files.readString(csv.resolve("firms.csv"), StandardCharsets.UTF_8);
        assertTrue(firms.contains("firms-wjx.xlsx") && !firms.contains("last-year.xlsx"), "the questionnaire is scored");
        assertTrue(en.noStackTrace(), en.err());
    }
}
