package org.ecoscore.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a sheet into "row:col=TYPE:text" lines so that tests can compare whole rows at once. */
final class ReaderTestSupport {
    private ReaderTestSupport() {
    }

    static List<String> rows(Path file, int sheet) {
        try (SpreadsheetFile f = SpreadsheetFiles.open(file, file.getFileName().toString());
             CellSource s = f.open(sheet)) {
            return rows(s);
        }
    }

    static List<String> rows(CellSource s) {
        List<String> out = new ArrayList<>();
        while (s.nextRow()) {
            StringBuilder sb = new StringBuilder().append(s.rowNumber()).append(':');
            for (int c = 0; c < s.width(); c++) {
                if (c > 0) sb.append('|');
                CellType t = s.type(c);
                switch (t) {
                    case EMPTY:
                        break;
                    case STRING:
                        sb.append(s.text(c));
                        break;
                    case NUMBER:
                        sb.append(s.percent(c) ? "P" : "N").append(s.number(c));
                        break;
                    case DATE:
                        sb.append("D").append(s.number(c));
                        break;
                    default:
                        sb.append("B").append(s.number(c));
                }
            }
            out.add(sb.toString());
        }
        return out;
    }
}
