package org.localoffer.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nu.validator.messages.MessageEmitterAdapter;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.browser.BuiltSite.SitePage;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Every page of the demonstration site, checked by the Nu Html Checker (the engine behind validator.w3.org/nu)
 * in-process, the way {@code vnu --html} does: the html5-all schema, the assertion checkers and language
 * detection. Errors fail the test; warnings are printed.
 */
@Tag("browser")
class HtmlValidityIT {

    /** The schema vnu uses for text/html: HTML with SVG, MathML, ARIA, RDFa and microdata. */
    static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    static {
        // As vnu does unless --errors-only: also warn about doubtful attribute values (unlikely dates,
        // deprecated language subtags and the like).
        System.setProperty("nu.validator.datatype.warn", "true");
    }

    @TempDir
    static Path tempDir;

    static BuiltSite site;

    @BeforeAll
    static void build() throws Exception {
        site = BuiltSite.build(tempDir, false);
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        Messages messages = new Messages();
        SimpleDocumentValidator validator = newValidator(messages);
        for (SitePage page : site.pages()) {
            messages.file = site.folder().relativize(page.file()).toString().replace('\\', '/');
            try (InputStream in = Files.newInputStream(page.file())) {
                validator.checkHtmlInputSource(source(in, page.file().toUri().toString()));
            }
        }

        System.out.printf("Nu Html Checker: %d pages, %d errors, %d warnings (%d known false alarms left out)%n",
                site.pages().size(), messages.errors.size(), messages.warnings.size(), messages.filtered);
        messages.warnings.forEach(warning -> System.out.println("  warning: " + warning));
        if (!messages.errors.isEmpty()) {
            fail(String.format("%d HTML errors in %s:%n%s", messages.errors.size(), site.folder(),
                    String.join(System.lineSeparator(), messages.errors)));
        }
    }

    /** Guards the test above: a checker that reports nothing for a broken page would pass every site. */
    @Test
    void theCheckerFindsErrorsInABrokenPage() throws Exception {
        Messages messages = new Messages();
        SimpleDocumentValidator validator = newValidator(messages);
        messages.file = "broken.html";
        String broken = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"></head>"
                + "<body><main><p>One<main>two</main></p><img src=\"a.png\"></main></body></html>";
        validator.checkHtmlInputSource(source(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)),
                "file:/broken.html"));

        assertFalse(messages.errors.isEmpty(), "the checker found no errors in a broken page");
        assertTrue(messages.errors.stream().anyMatch(error -> error.contains("title")),
                "no error for the missing title: " + messages.errors);
        assertTrue(messages.errors.stream().anyMatch(error -> error.contains("alt")),
                "no error for the img without alt: " + messages.errors);
    }

    private static SimpleDocumentValidator newValidator(Messages messages) throws Exception {
        // log4j 1.x is bridged to slf4j (see pom.xml); language detection on, as in vnu.
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, true);
        validator.setUpMainSchema(HTML_SCHEMA, new SchemaProblems());
        // noStream: buffer the document, so the parser reports every error instead of stopping at the first
        // one that breaks streaming; loadEntities: never fetch anything.
        validator.setUpValidatorAndParsers(messages, true, false);
        return validator;
    }

    private static InputSource source(InputStream in, String systemId) {
        InputSource source = new InputSource(in);
        source.setSystemId(systemId);
        source.setEncoding("UTF-8");
        return source;
    }

    /** Collects the checker's messages as "file:line:column: message". */
    private static final class Messages implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        int filtered;
        String file = "?";

        @Override
        public void warning(SAXParseException e) {
            add(warnings, e);
        }

        @Override
        public void error(SAXParseException e) {
            add(errors, e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(errors, e);
        }

        private void add(List<String> list, SAXParseException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            if (KnownFalseAlarms.PATTERN.matcher(message).matches()) {
                filtered++;
                return;
            }
            list.add(String.format("%s:%d:%d: %s", file, e.getLineNumber(), e.getColumnNumber(), message));
        }
    }

    /** Problems in the checker's own schemas: they mean the checker is broken, not the page. */
    private static final class SchemaProblems implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            System.err.println("Nu Html Checker schema warning: " + e.getMessage());
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }

    /**
     * The messages vnu itself leaves out of its reports by default (obsolete advice and known false alarms),
     * read from the checker's own list so this test reports exactly what {@code vnu --html} would.
     */
    private static final class KnownFalseAlarms extends MessageEmitterAdapter {
        static final Pattern PATTERN = DEFAULT_FILTER_PATTERN;
    }
}
