package org.ecoscore.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The fast row writer writes exactly what OpenCSV's CSVWriter (as the CSV tables used it) writes. */
class CsvRowWriterTest {
    private static final String[][] ROWS = {
        {"level", "unit", "code", "obstacle"},
        {"firm", "a,b", "say \"hi\"", "0.25"},
        {"line\nbreak", "cr\rhere", "", null},
        {"'=SUM(A1)", "北京市", "😀 emoji", "tab\there"},
        {},
        {null},
        {"\"", ",", "\r\n", "x"},
    };

    @Test
    void writesWhatOpenCsvWrites() throws Exception {
        StringWriter expected = new StringWriter();
        ICSVWriter open = new CSVWriter(expected, ',', '"', '"', "\r\n");
        for (String[] row : ROWS) open.writeNext(row, false);
        open.flush();

        StringWriter actual = new StringWriter();
        CsvRowWriter fast = new CsvRowWriter(actual);
        for (String[] row : ROWS) fast.row(row);
        fast.flush();
        assertEquals(expected.toString(), actual.toString());
        // by hand: row 2 is firm,"a,b","say ""hi""",0.25 then CRLF
        assertEquals("firm,\"a,b\",\"say \"\"hi\"\"\",0.25\r\n", actual.toString().split("(?<=\r\n)")[1]);
    }

    @Test
    void escapedFieldsMatchFields() throws Exception {
        StringWriter a = new StringWriter();
        CsvRowWriter one = new CsvRowWriter(a);
        StringWriter b = new StringWriter();
        CsvRowWriter two = new CsvRowWriter(b);
        for (String[] row : ROWS) {
            for (String f : row) {
                one.field(f);
                two.escapedField(CsvRowWriter.escaped(f));
            }
            one.end();
            two.end();
        }
        one.flush();
        two.flush();
        assertEquals(a.toString(), b.toString());
    }

    @Test
    void fieldsLongerThanTheBufferAreWrittenWhole() throws Exception {
        String big = "x".repeat(200_000);
        StringWriter w = new StringWriter();
        CsvRowWriter csv = new CsvRowWriter(w);
        csv.row(new String[] {"a", big, "b"});
        csv.flush();
        assertEquals("a," + big + ",b\r\n", w.toString());
    }
}
