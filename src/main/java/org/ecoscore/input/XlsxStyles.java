package org.ecoscore.input;

import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * What the cell styles of an xlsx ({@code xl/styles.xml}) mean for SPEC §2: for each {@code cellXfs} entry
 * (a cell's {@code s} attribute) whether its number format is a percent, a date, or neither
 * ({@link NumberFormats}).
 */
final class XlsxStyles {
    static final XlsxStyles NONE = new XlsxStyles(new byte[0]);
    private final byte[] kinds;

    private XlsxStyles(byte[] kinds) {
        this.kinds = kinds;
    }

    /** {@link NumberFormats#GENERAL}, {@code PERCENT} or {@code DATE} for a style index. */
    int kind(int style) {
        return style >= 0 && style < kinds.length ? kinds[style] : NumberFormats.GENERAL;
    }

    static XlsxStyles read(InputStream in, String file, String part) {
        XMLStreamReader r = SecureXml.reader(in, file, part);
        Map<Integer, String> codes = new HashMap<>();
        byte[] kinds = new byte[64];
        int count = 0;
        boolean inCellXfs = false;
        int event;
        while ((event = SecureXml.next(r, file, part)) != XMLStreamConstants.END_DOCUMENT) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals("numFmt")) {
                    Integer id = intOrNull(r.getAttributeValue(null, "numFmtId"));
                    String code = r.getAttributeValue(null, "formatCode");
                    if (id != null && code != null) codes.put(id, code);
                } else if (name.equals("cellXfs")) {
                    inCellXfs = true;
                } else if (name.equals("xf") && inCellXfs) {
                    Integer id = intOrNull(r.getAttributeValue(null, "numFmtId"));
                    int fmt = id == null ? 0 : id;
                    String code = codes.get(fmt);
                    int kind = code != null ? NumberFormats.classifyCode(code) : NumberFormats.classifyBuiltin(fmt);
                    if (count == kinds.length) kinds = Arrays.copyOf(kinds, count * 2);
                    kinds[count++] = (byte) kind;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
                inCellXfs = false;
            }
        }
        return new XlsxStyles(Arrays.copyOf(kinds, count));
    }

    private static Integer intOrNull(String s) {
        if (s == null) return null;
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
