package org.localoffer.render;

import java.util.List;
import java.util.Set;

/** A page body turned into safe HTML, with what later stages need to know about it. */
public record RenderedBody(String html, List<Heading> headings, Set<String> anchors, List<LinkReference> links) {
}
