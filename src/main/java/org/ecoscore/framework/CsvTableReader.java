package org.ecoscore.framework;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads one framework CSV file (SPEC §1: UTF-8, a BOM allowed, a header row then data) with OpenCSV's
 * RFC 4180 parser. Problems (not UTF-8, empty, an unterminated quote) go to {@link Problems}.
 */
final class CsvTableReader {
    private CsvTableReader() {
    }

    /** The table, or empty (with a problem recorded) when the file cannot be read as CSV. */
    static Optional<CsvTable> read(String label, byte[] bytes, Problems problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(label, "csv-not-utf8", "not UTF-8 text; save it as \"CSV UTF-8\"");
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<String> header = null;
        int headerLine = 0;
        List<CsvTable.Row> rows = new ArrayList<>();
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(text))
                .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            long before = 0;
            String[] record;
            while ((record = reader.readNext()) != null) {
                int line = (int) before + 1;
                before = reader.getLinesRead();
                if (isBlank(record)) continue;
                if (header == null) {
                    header = Arrays.stream(record).map(String::strip).toList();
                    headerLine = line;
                } else {
                    if (hasExtraFields(record, header.size())) {
                        problems.add(label, line, "", "csv-field-count", "has " + record.length + " fields but the header has "
                                + header.size() + " columns, so its values would shift into the wrong columns; "
                                + "put a text that holds a comma in double quotes (\"…\") or remove the extra commas",
                                "fields", record.length, "columns", header.size());
                    }
                    rows.add(new CsvTable.Row(line, Arrays.asList(record)));
                }
            }
        } catch (IOException | CsvValidationException e) {
            problems.add(label, "csv-unparsable", "cannot be read as CSV (" + e.getMessage() + "); check for an unclosed "
                    + "quote", "reason", e.getMessage());
            return Optional.empty();
        }
        if (header == null) {
            problems.add(label, "csv-empty", "the file is empty; it needs a header row");
            return Optional.empty();
        }
        return Optional.of(new CsvTable(label, headerLine, header, rows));
    }

    /**
     * A row longer than the header: a text with an unquoted comma. Even when the field beyond the header is
     * empty (a row ending in a comma, as the framework files' rows often do) every value after the comma has
     * moved one column to the right. Spreadsheet programs write every row, the header too, to the same width.
     */
    static boolean hasExtraFields(String[] record, int columns) {
        return record.length > columns;
    }

    static boolean isBlank(String[] record) {
        for (String s : record) if (s != null && !s.isBlank()) return false;
        return true;
    }
}
