package org.ecoscore.report;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Region profile sheets (placeholder until written). */
final class ProfileSheets {
    private ProfileSheets() {
    }

    static void write(ReportData d, XSSFWorkbook wb, Styles st) {
        // filled in below
    }
}
