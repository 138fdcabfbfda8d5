package org.ecoscore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.ecoscore.core.Issue;
import org.ecoscore.core.Severity;
import org.ecoscore.result.RunResult;
import org.junit.jupiter.api.Test;

/**
 * The issue rows remember what they made for a message met again (an invalid answer's message and parameters are
 * one object per answer text, shared by every row that gave it): what they write must still be each issue's own.
 */
class IssueRowsTest {
    @Test
    void aRepeatedMessageIsWrittenAsEachTimeAndPrefixedEachTime() throws Exception {
        RunResult r = ReportFixtures.workedExample();
        Map<String, String> shared = Map.of("answer", "=1+1", "question", "Q1");
        String message = "=1+1 is not an answer of Q1, \"fix\" it";
        for (int row = 10; row < 13; row++) {
            r.issues().add(new Issue("data/a,b.csv", "", row, "D", "invalid-value", Severity.WARNING, message, shared));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvRowWriter csv = new CsvRowWriter(out);
        CsvTables.issues(r, csv);
        csv.flush();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        for (int k = 1; k <= 3; k++) {
            String want = "\"data/a,b.csv\",," + (9 + k) + ",D,invalid-value,warning,\"'=1+1 is not an answer of Q1,"
                    + " \"\"fix\"\" it\"";
            assertEquals(want, lines[lines.length - 4 + k]);
        }
    }

    @Test
    void theSameParametersWithAnotherMessageAreRenderedAgain() {
        Map<String, String> shared = Map.of("detail", "x");
        Issue first = new Issue("f.csv", "", 2, "A", "no-such-code-in-the-catalogue", Severity.INFO, "first", shared);
        Issue again = new Issue("f.csv", "", 3, "A", "no-such-code-in-the-catalogue", Severity.INFO, "first", shared);
        Issue other = new Issue("f.csv", "", 4, "A", "no-such-code-in-the-catalogue", Severity.INFO, "other", shared);
        var seen = new HashMap<String, java.util.IdentityHashMap<Map<String, String>, String[]>>();
        assertEquals("first", IssuesSheet.message(first, false, seen));
        assertEquals("first", IssuesSheet.message(again, false, seen));
        assertEquals("other", IssuesSheet.message(other, false, seen));
        // an invalid answer's Chinese message from its parameters, the same for every row that shares them
        Map<String, String> p = Map.of("answer", "不清楚", "question", "Q1", "form", "number");
        Issue a = new Issue("f.csv", "", 5, "B", "invalid-value", Severity.WARNING, "en", p);
        Issue b = new Issue("f.csv", "", 6, "B", "invalid-value", Severity.WARNING, "en", p);
        String zh = IssuesSheet.message(a, false, seen);
        assertEquals(IssueMessages.render(a, false), zh);
        assertEquals(zh, IssuesSheet.message(b, false, seen));
        assertEquals("“不清楚”不是题目 Q1 的有效答案（数值题：应填一个数）。请更正该单元格或留空。", zh);
    }
}
