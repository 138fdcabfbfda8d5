package org.ecoscore.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
        f.setXMLReporter(SecureXml::ignore);
        try {
            return f.createXMLStreamReader(decoded(in));
        } catch (XMLStreamException | IOException e) {
            throw malformed(file, part, e);
        }
    }

    /**
     * The part's text, decoded here rather than by the parser: the JDK's parser, when it meets a malformed byte
     * sequence itself, prints {@code [Fatal Error] :-1:-1: Invalid byte 2 of 2-byte UTF-8 sequence.} to stderr
     * (its default error handler, which StAX offers no way to replace) before throwing. A strict decoder of our
     * own throws instead, and the parser passes that on as an exception only. The encoding is UTF-8 (what Excel
     * and every other workbook writer use; a UTF-8 BOM is skipped) unless a UTF-16 BOM or a UTF-16 {@code <}
     * opens the part.
     */
    static Reader decoded(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(4);
        byte[] head = in.readNBytes(3);
        in.reset();
        Charset cs = StandardCharsets.UTF_8;
        int skip = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (head.length >= 2 && head[0] == 0 && head[1] == '<') {
            cs = StandardCharsets.UTF_16BE;
        } else if (head.length >= 2 && head[0] == '<' && head[1] == 0) {
            cs = StandardCharsets.UTF_16LE;
        }
        in.skipNBytes(skip);
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    /**
     * Swallows what the parser reports on the side. Without a reporter the JDK's parser prints a line such as
     * {@code [Fatal Error] :-1:-1: Invalid byte 2 of 2-byte UTF-8 sequence.} to stderr on a damaged part, on
     * top of the exception it throws; the exception becomes the file's message ({@link #malformed}).
     */
    private static void ignore(String message, String errorType, Object info, javax.xml.stream.Location at) {
        // a recoverable problem: the exception, when there is one, says what matters
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
                + " save it as .xlsx and run again").coded("file-doctype", "part", part);
    }

    static EcoscoreException malformed(String file, String part, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.charset.CharacterCodingException) {
                return EcoscoreException.input(file, "is damaged: its part " + part + " holds bytes that are not "
                        + "UTF-8 text. Open it in Excel or WPS, save it as .xlsx and run again")
                        .coded("file-not-utf8", "part", part);
            }
        }
        String why = e.getMessage() == null ? "" : " (" + e.getMessage().replaceAll("\\s+", " ").trim() + ")";
        if (why.contains("DOCTYPE") || why.contains("DTD")) {
            return doctype(file, part);
        }
        return EcoscoreException.input(file, "is damaged: its part " + part + " is not well-formed XML" + why
                + ". Open it in Excel or WPS, save it as .xlsx and run again")
                .coded("file-bad-xml", "part", part, "why", why);
    }
}
