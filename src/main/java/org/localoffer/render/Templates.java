package org.localoffer.render;

import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleHash;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Our FreeMarker set-up: .ftlh templates escape HTML automatically, errors are thrown (never
 * printed into a page), and templates cannot create Java objects or reach the content store.
 */
public final class Templates {

    public static final String FOLDER = "templates";
    public static final String HTML_EXTENSION = ".ftlh";
    public static final String XML_EXTENSION = ".ftlx";

    private final Path folder;
    private final Configuration configuration;
    private final SharingObjectWrapper wrapper = new SharingObjectWrapper(Configuration.VERSION_2_3_34);

    public Templates(Path folder) throws IOException {
        this.folder = folder;
        configuration = configuration(wrapper);
        configuration.setDirectoryForTemplateLoading(folder.toFile());
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        // One set-up serves one bake: its templates are read once, not checked for changes every few seconds.
        configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        configuration.setSharedVariable(ReusedFragments.NAME, new ReusedFragments());
    }

    /** FreeMarker set up as templates are rendered: errors thrown, no Java reached from templates, UK formats. */
    static Configuration configuration(ObjectWrapper wrapper) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setRecognizeStandardFileExtensions(true);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setAPIBuiltinEnabled(false);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setLocale(java.util.Locale.UK);
        c.setNumberFormat("computer");
        c.setObjectWrapper(wrapper);
        return c;
    }

    /**
     * Wraps objects that every page uses (the site model, the settings) once for all the pages
     * this set-up renders, instead of once each time a template names them; their look-ups of
     * methods are then shared too. They must not change while pages render.
     */
    public void shareAcrossPages(Object... values) {
        wrapper.share(values);
    }

    /** The file name of a template: service becomes service.ftlh; sitemap is XML. */
    public static String fileName(String template) {
        return template + (template.equals("sitemap") ? XML_EXTENSION : HTML_EXTENSION);
    }

    /** Whether {@code folder} has the file of {@code template}; asks no template engine (see {@link #fileName}). */
    public static boolean exists(Path folder, String template) {
        return Files.isRegularFile(folder.resolve(fileName(template)));
    }

    /**
     * A set-up with every template in {@code folder} already read and parsed, as the bake would read them. Made
     * on a thread of its own while the content is read: otherwise the bake's threads start by waiting while one
     * of them parses the first page's templates. If a template cannot be read or parsed, this returns a fresh
     * set-up instead, so that rendering reports the error exactly as it always has.
     */
    public static Templates parsedAhead(Path folder) throws IOException {
        Templates templates = new Templates(folder);
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(HTML_EXTENSION) || n.endsWith(XML_EXTENSION)).sorted().toList();
            for (String name : names) {
                templates.configuration.getTemplate(name);
            }
        } catch (IOException | RuntimeException e) { // a template FreeMarker cannot parse, or a folder gone
            return new Templates(folder);
        }
        return templates;
    }

    public void render(String template, Map<String, Object> data, Writer out) throws TemplateFailure {
        String file = fileName(template);
        String shown = FOLDER + "/" + file;
        try {
            Template t = configuration.getTemplate(file);
            PageWriter page = new PageWriter(out);
            try {
                // A hash that keeps what it wrapped: a page names url, model and site dozens of times each.
                t.process(new SimpleHash(data, wrapper), page);
            } catch (TemplateException | IOException | RuntimeException e) {
                passOnQuietly(page); // what was written before the failure still reaches the file, as it did unbuffered
                throw e;
            }
            page.flush();
        } catch (TemplateNotFoundException e) {
            throw new TemplateFailure(shown, 0, "the template is missing. Create " + shown
                    + ", or restore it from the repository.", e);
        } catch (ParseException e) {
            throw new TemplateFailure(FOLDER + "/" + (e.getTemplateName() == null ? file : e.getTemplateName()), e.getLineNumber(),
                    "the template cannot be read: " + firstLine(e.getEditorMessage())
                            + ". Fix the FreeMarker syntax on this line.", e);
        } catch (TemplateException e) {
            String source = e.getTemplateSourceName() == null ? file : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            throw new TemplateFailure(FOLDER + "/" + source, line, "the template failed: "
                    + firstLine(e.getMessageWithoutStackTop()) + ". Fix the template on this line.", e);
        } catch (IOException e) {
            throw new TemplateFailure(shown, 0, "the template cannot be read (" + e.getMessage()
                    + "). Check the file exists and is UTF-8 text.", e);
        }
    }

    private static void passOnQuietly(PageWriter page) {
        try {
            page.flush();
        } catch (IOException ignored) {
            // the failure already being reported is the one that matters
        }
    }

    private static String firstLine(String message) {
        String m = message == null ? "unknown error" : message.strip();
        String[] lines = m.split("\n");
        m = lines[0].strip();
        // FreeMarker puts the failing expression on the next line ("==> page.nonsense  [in template ...]").
        if (m.endsWith(":") && lines.length > 1) {
            String next = lines[1].replaceAll("^[=>\\s]+", "").replaceAll("\\s*\\[in template.*$", "").strip();
            m = m.substring(0, m.length() - 1).strip() + ": " + next;
        }
        return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }
}
