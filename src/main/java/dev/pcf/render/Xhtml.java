package dev.pcf.render;

import org.w3c.dom.Document;
import org.xhtmlrenderer.util.XRRuntimeException;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;

/**
 * Parses the report's XHTML into the DOM Flying Saucer lays out. Flying Saucer's own reading
 * ({@code setDocumentFromString}) runs a SAX parse through an XSLT identity transform (Saxon, being on the
 * class path) and first reads the whole XHTML 1.0 DTD for every document, so that HTML entities such as
 * {@code &nbsp;} resolve: half of that reading's CPU. The report's XHTML is Thymeleaf's XML output, which
 * escapes text with the five XML entities and numeric references only (the one unescaped insertion, the
 * stylesheet, holds neither {@code <} nor {@code &}: {@link XhtmlRenderer}), so a plain namespace-aware
 * parse that reads no DTD gives the same document: the same PDF bytes. The templates' indentation between
 * blocks is removed from it ({@link Whitespace}).
 */
final class Xhtml {
    private static final DocumentBuilderFactory FACTORY = factory();

    /** Fails on what breaks well-formedness; silent otherwise (the default handler would print to stderr). */
    private static final ErrorHandler FAIL_ON_FATAL = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // not validating: nothing to report
        }

        @Override
        public void error(SAXParseException e) {
            // not validating: nothing to report
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    };

    private Xhtml() {}

    /**
     * The DOM of well-formed XHTML.
     *
     * @throws XRRuntimeException when it is not well-formed (as Flying Saucer's own reading would)
     */
    static Document parse(String xhtml) {
        try {
            DocumentBuilder builder;
            synchronized (FACTORY) {
                builder = FACTORY.newDocumentBuilder();
            }
            builder.setErrorHandler(FAIL_ON_FATAL);
            Document document = builder.parse(new InputSource(new StringReader(xhtml)));
            Whitespace.strip(document.getDocumentElement());
            return document;
        } catch (SAXParseException e) {
            throw new XRRuntimeException("the XHTML is not well-formed: line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new XRRuntimeException("the XHTML cannot be read: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
        }
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setExpandEntityReferences(true);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }
}
