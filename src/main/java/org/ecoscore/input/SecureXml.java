package org.ecoscore.input;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ecoscore.core.EcoscoreException;

/**
 * StAX for the small parts of a workbook (workbook, relationships, styles, shared strings) with DTDs and
 * external entities switched off; a part that carries a DOCTYPE at all is refused, since no genuine
 * workbook has one.
 */
final class SecureXml {
    private SecureXml() {
    }

    static XMLStreamReader reader(InputStream in, String file, String part) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        try {
            return f.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw malformed(file, part, e);
        }
    }

    /** The next event; a DOCTYPE is refused, malformed XML is an input error naming the part. */
    static int next(XMLStreamReader r, String file, String part) {
        try {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) throw doctype(file, part);
            return event;
        } catch (XMLStreamException e) {
            throw malformed(file, part, e);
        }
    }

    static String text(XMLStreamReader r, String file, String part) {
        try {
            return r.getElementText();
        } catch (XMLStreamException e) {
            throw malformed(file, part, e);
        }
    }

    static EcoscoreException doctype(String file, String part) {
        return EcoscoreException.input(file, "contains an XML document type declaration (DOCTYPE) in " + part
                + ", which genuine Excel files never have; it was refused for safety. Open the file in Excel,"
                + " save it as .xlsx and run again");
    }

    static EcoscoreException malformed(String file, String part, Exception e) {
        String why = e.getMessage() == null ? "" : " (" + e.getMessage().replaceAll("\\s+", " ").trim() + ")";
        if (why.contains("DOCTYPE") || why.contains("DTD")) {
            return doctype(file, part);
        }
        return EcoscoreException.input(file, "is damaged: its part " + part + " is not well-formed XML" + why
                + ". Open it in Excel or WPS, save it as .xlsx and run again");
    }
}
