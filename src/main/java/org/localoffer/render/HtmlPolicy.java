package org.localoffer.render;

import java.util.Set;
import org.jsoup.safety.Safelist;

/**
 * The one allow-list for HTML in content: what Markdown produces plus a few accessible
 * extras. No script, no style, no event handlers, no javascript: URLs.
 */
public final class HtmlPolicy {

    public static final Set<String> LINK_PROTOCOLS = Set.of("http", "https", "mailto", "tel");

    private HtmlPolicy() {
    }

    public static Safelist safelist() {
        return Safelist.relaxed()
                .addTags("abbr", "hr", "details", "summary", "mark", "figure", "figcaption", "span", "div")
                .addAttributes("abbr", "title")
                .addAttributes("th", "scope")
                .addAttributes("h2", "id").addAttributes("h3", "id").addAttributes("h4", "id")
                .addAttributes("h5", "id").addAttributes("h6", "id")
                .addAttributes("a", "hreflang")
                .addAttributes(":all", "lang")
                .removeProtocols("a", "href", "ftp")
                .addProtocols("a", "href", "tel")
                .removeProtocols("img", "src", "http")
                .preserveRelativeLinks(true);
    }
}
