package org.ecoscore.input;

import java.io.InputStream;
import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.ecoscore.core.EcoscoreException;

/**
 * The shared-string table of an xlsx ({@code xl/sharedStrings.xml}), decoded once into a {@code String[]}:
 * rich-text runs are concatenated, phonetic runs ({@code <rPh>}) ignored, {@code _xHHHH_} escapes decoded.
 * A table of more than {@link #MAX_CHARS} characters is refused (POI's max-text-size guard, raised to suit
 * national surveys with free-text answers).
 */
final class SharedStrings {
    /** 100 M characters, at most about 200 MB of strings. */
    static final long MAX_CHARS = 100_000_000L;
    private static final String PART = "xl/sharedStrings.xml";

    private SharedStrings() {
    }

    static String[] read(InputStream in, String file) {
        XMLStreamReader r = SecureXml.reader(in, file, PART);
        String[] strings = new String[1024];
        int count = 0;
        long chars = 0;
        StringBuilder sb = new StringBuilder();
        int depthInSi = 0;
        boolean inPhonetic = false;
        boolean inT = false;
        int event;
        while ((event = SecureXml.next(r, file, PART)) != XMLStreamConstants.END_DOCUMENT) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals("si")) {
                    depthInSi = 1;
                    sb.setLength(0);
                } else if (name.equals("rPh")) {
                    inPhonetic = true;
                } else if (name.equals("t") && depthInSi > 0 && !inPhonetic) {
                    inT = true;
                } else if (name.equals("sst") && count == 0) {
                    String unique = r.getAttributeValue(null, "uniqueCount");
                    int hint = parseHint(unique);
                    if (hint > strings.length) strings = new String[hint];
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals("si")) {
                    depthInSi = 0;
                    if (count == strings.length) strings = Arrays.copyOf(strings, count * 2);
                    strings[count++] = OoxmlText.unescape(sb.toString());
                } else if (name.equals("rPh")) {
                    inPhonetic = false;
                } else if (name.equals("t")) {
                    inT = false;
                }
            } else if (inT && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE)) {
                int n = r.getTextLength();
                chars += n;
                if (chars > MAX_CHARS) {
                    throw EcoscoreException.input(file, "has a shared-string table of more than " + MAX_CHARS
                            + " characters, refused as a possible zip bomb: save the data without the extra"
                            + " text and run again").coded("file-too-much-text", "max", MAX_CHARS);
                }
                sb.append(r.getTextCharacters(), r.getTextStart(), n);
            }
        }
        return Arrays.copyOf(strings, count);
    }

    private static int parseHint(String s) {
        if (s == null) return 0;
        try {
            return (int) Math.min(Long.parseLong(s.trim()), 1 << 20);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
