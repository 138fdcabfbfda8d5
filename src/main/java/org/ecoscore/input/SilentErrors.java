package org.ecoscore.input;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * A SAX error handler that prints nothing: errors are thrown (and become the file's message), warnings are
 * dropped. Without one, the JDK's parser prints lines such as {@code [Fatal Error] :-1:-1: …} to stderr.
 */
enum SilentErrors implements ErrorHandler {
    INSTANCE;

    @Override
    public void warning(SAXParseException e) {
        // a warning does not stop the reading and is not the user's concern
    }

    @Override
    public void error(SAXParseException e) throws SAXParseException {
        throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
        throw e;
    }
}
