package org.localoffer.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.localoffer.content.Page;
import org.localoffer.content.PageType;

/**
 * The variables each template receives. Named once here and listed in the README:
 * model, site, page, rendered, body, title, summary, url, breadcrumbs, generated, list, preview.
 */
public final class TemplateData {

    private TemplateData() {
    }

    public static String templateFor(Page page) {
        return page.url().equals("/") ? "home" : page.type().id();
    }

    public static Map<String, Object> forContent(SiteModel model, RenderedPage rendered) {
        Page page = rendered.page();
        Map<String, Object> data = common(model, page.url(), page.title(), page.summary(), breadcrumbs(page));
        data.put("page", page);
        data.put("rendered", rendered);
        data.put("body", markup(rendered.html()));
        return data;
    }

    public static Map<String, Object> forGenerated(SiteModel model, GeneratedPage generated) {
        Map<String, Object> data = common(model, generated.url(), generated.title(), generated.summary(),
                generated.breadcrumbs());
        data.put("generated", generated);
        data.put("list", generated.model());
        return data;
    }

    private static Map<String, Object> common(SiteModel model, String url, String title, String summary, List<Crumb> crumbs) {
        Map<String, Object> data = new HashMap<>();
        data.put("model", model);
        data.put("site", model.getSite());
        data.put("url", url);
        data.put("title", title);
        data.put("summary", summary == null ? "" : summary);
        data.put("breadcrumbs", crumbs);
        data.put("preview", model.isPreview());
        return data;
    }

    static List<Crumb> breadcrumbs(Page page) {
        List<Crumb> crumbs = new ArrayList<>();
        if (page.url().equals("/")) {
            return crumbs;
        }
        crumbs.add(GeneratedPages.HOME);
        if (page.type() == PageType.SERVICE) {
            crumbs.add(GeneratedPages.SERVICES_CRUMB);
        } else if (page.type() == PageType.GUIDE) {
            crumbs.add(new Crumb("Guides", "/guides/"));
        } else if (page.type() == PageType.NEWS) {
            crumbs.add(new Crumb("What's changed", "/whats-changed/"));
        }
        return crumbs;
    }

    private static Object markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("HTML output format refused markup", e);
        }
    }
}
