package org.localoffer.render;

import java.util.List;
import org.localoffer.content.Page;

/** A page with its finished body HTML: links resolved to URLs and acronyms marked up. */
public record RenderedPage(Page page, String html, List<Heading> headings) {

    /** Second-level headings, for a page's "Contents" list. */
    public List<Heading> sections() {
        return headings.stream().filter(h -> h.level() == 2).toList();
    }
}
