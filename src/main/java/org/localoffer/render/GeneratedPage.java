package org.localoffer.render;

import java.util.List;
import java.util.Map;

/**
 * A page the site makes itself rather than from a content file: the home page, the service
 * directory and its browse pages, the A to Z, the glossary, "What's changed", 404 and sitemap.
 *
 * @param url         the clean URL, e.g. /services/a-z/
 * @param template    template name without extension; templates/&lt;template&gt;.ftlh
 * @param title       the h1 and the title element
 * @param breadcrumbs the trail above the h1, home first
 * @param model       what the template lists; keys are named in each template
 */
public record GeneratedPage(String url, String template, String title, String summary, List<Crumb> breadcrumbs,
                            Map<String, Object> model) {

    /** The file jbake writes, relative to the output folder. */
    public String outputFile() {
        if (url.endsWith("/")) {
            return url.substring(1) + "index.html";
        }
        return url.substring(1);
    }
}
