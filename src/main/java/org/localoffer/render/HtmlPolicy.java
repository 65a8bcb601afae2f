package org.localoffer.render;

import java.util.Set;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The one allow-list for HTML in content: what Markdown produces plus a few accessible
 * extras. No script, no style, no event handlers, no javascript: URLs.
 */
public final class HtmlPolicy {

    public static final Set<String> LINK_PROTOCOLS = Set.of("http", "https", "mailto", "tel");

    /**
     * One allow-list shared by every page. Nothing changes it after it is built, and jsoup's Cleaner only
     * reads it, so it is safe to share between threads. Code that needs to change a list calls {@link #safelist()}.
     */
    static final Safelist SHARED = safelist();
    /** Holds nothing but the shared allow-list, so it too is safe to share between threads. */
    static final Cleaner CLEANER = new Cleaner(SHARED);

    private HtmlPolicy() {
    }

    /** A new, changeable copy of the allow-list. */
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
