package org.localoffer.render;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.localoffer.problem.Problems;

/** Reports raw HTML in Markdown that the allow-list would remove: the editor should know. */
final class RawHtmlCheck {

    private final Safelist safelist = HtmlPolicy.SHARED;

    void check(String html, String path, int line, Problems problems, List<LinkReference> links) {
        Element body = Jsoup.parseBodyFragment(html, "https://localoffer.invalid/").body();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            if (!safelist.isSafeTag(e.tagName())) {
                problems.error(path, line, "the HTML tag <" + e.tagName() + "> is not allowed in page text and has been removed. "
                        + "Write this part in Markdown instead; see 'Writing content' in the README.");
                continue;
            }
            for (Attribute a : e.attributes()) {
                if (!safelist.isSafeAttribute(e.tagName(), e, a)) {
                    problems.error(path, line, "the attribute " + a.getKey() + " on <" + e.tagName()
                            + "> is not allowed and has been removed. Remove it; pages cannot run scripts or set styles.");
                }
            }
            if (e.tagName().equals("a") && e.hasAttr("href")) {
                links.add(new LinkReference(e.attr("href"), line));
            }
        }
    }
}
