package org.ecoscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecoscore.core.Issue;
import org.ecoscore.core.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssueTableTest {
    private static final List<Issue> ISSUES = List.of(
            new Issue("firms.xlsx", "Sheet1", 12, "F", "invalid-value", Severity.WARNING,
                    "'不清楚' is not an answer of agree5; it counts as missing."),
            new Issue("b.csv", "", 0, "", "missing-id", Severity.ERROR, "=HYPERLINK(\"x\") starts, \"quoted\""));

    @Test
    void consoleTableAlignsColumnsInTheOrderFileSheetRowColumnSeverityCodeMessage() {
        String expected = ""
                + "file        sheet   row  column  severity  code           message\n"
                + "b.csv                            error     missing-id     =HYPERLINK(\"x\") starts, \"quoted\"\n"
                + "firms.xlsx  Sheet1  12   F       warning   invalid-value  '不清楚' is not an answer of agree5; it "
                + "counts as missing.\n";
        assertEquals(expected, IssueTable.format(ISSUES));
    }

    @Test
    void issuesCsvHasBomSpecColumnsAndNeutralisesFormulas(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("issues.csv");
        IssueTable.writeCsv(ISSUES, out);
        String text = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
        String expected = "\uFEFFfile,sheet,row,column,code,severity,message\r\n"
                + "firms.xlsx,Sheet1,12,F,invalid-value,warning,'不清楚' is not an answer of agree5; it counts as "
                + "missing.\r\n"
                + "b.csv,,,,missing-id,error,\"'=HYPERLINK(\"\"x\"\") starts, \"\"quoted\"\"\"\r\n";
        assertEquals(expected, text);
    }
}
