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

    /*
     * New-user tests: an ecoscore report left in the questionnaires' folder was read as survey data (session 7: 175
     * rows excluded, exit 0); then, as an unreadable file, it made every later run exit 3 and the same -o refused as
     * over an input (session 8). A folder scan now passes it over with a note, and a new report may replace it; named
     * on the command line it is still an unreadable file that says what it is.
     */
    @Test
    void aReportInTheQuestionnairesFolderIsPassedOverAndMayBeReplacedNamedItIsUnreadable() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("surveys"));
        Files.copy(Path.of("samples/firms-wjx.xlsx"), folder.resolve("firms-wjx.xlsx"));
        Path report = folder.resolve("report.xlsx");
        Path csv = dir.resolve("csv");
        for (int run = 1; run <= 2; run++) {
            CliRun r = CliRun.of("score", folder.toString(), "-o", report.toString(), "--csv", csv.toString(), "--lang",
                    "en");
            assertEquals(0, r.exitCode(), "run " + run + ": " + r.out() + r.err());
            assertTrue(r.out().contains("Files read: 1\n"), r.out());
            assertTrue(r.noStackTrace(), r.err());
        }
        // the second run passed over the first one's report (an English report: its sheets are named in English)
        String issues = Files.readString(csv.resolve("issues.csv"), StandardCharsets.UTF_8);
        assertTrue(issues.contains(report + ",,,,skipped-file,info,\"this is an ecoscore report (sheets Method and"
                + " Firms), not a questionnaire: skipped (to compare with it, give it to --baseline)\""), issues);
        String firms = Files.readString(csv.resolve("firms.csv"), StandardCharsets.UTF_8);
        assertTrue(firms.contains("firms-wjx.xlsx") && !firms.contains("report.xlsx"), "the questionnaire is scored");

        CliRun named = CliRun.of("score", folder.resolve("firms-wjx.xlsx").toString(), report.toString(), "-o",
                dir.resolve("again.xlsx").toString(), "--lang", "en");
        assertEquals(3, named.exitCode(), "an input could not be read: " + named.err());
        assertTrue((named.out() + named.err()).contains("  unreadable: " + report + ": this is an ecoscore report (sheets"
                + " Method and Firms), not a questionnaire: leave it out of the inputs (move it out of the questionnaires'"
                + " folder); to compare with an earlier report, give it to --baseline\n"), named.out() + named.err());
        assertTrue(named.noStackTrace(), named.err());
    }
}
