import java.io.InputStream;
import java.nio.file.Path;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Baseline (a) of the xlsx benchmark: reads every cell of the first sheet with POI's SAX event API
 * (XSSFReader + XSSFSheetXMLHandler + SheetContentsHandler) and prints the cells counted and the seconds.
 * Run: java -cp target/ecoscore.jar bench/SaxBaseline.java FILE.xlsx
 */
public class SaxBaseline {
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/ecoscore.jar bench/SaxBaseline.java FILE.xlsx");
            System.exit(2);
        }
        long start = System.nanoTime();
        long[] cells = {0};
        try (OPCPackage pkg = OPCPackage.open(Path.of(args[0]).toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            SheetContentsHandler handler = new SheetContentsHandler() {
                @Override
                public void startRow(int rowNum) {
                }

                @Override
                public void endRow(int rowNum) {
                }

                @Override
                public void cell(String ref, String value, XSSFComment comment) {
                    cells[0]++;
                }
            };
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), reader.getSharedStringsTable(),
                    handler, new DataFormatter(), false));
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            try (InputStream in = sheets.next()) {
                xml.parse(new InputSource(in));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("cells=%d seconds=%.2f%n", cells[0], seconds);
    }
}
