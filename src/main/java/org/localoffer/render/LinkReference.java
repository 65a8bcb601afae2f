package org.localoffer.render;

/** A link written in a page's Markdown, with the file line it is on. */
public record LinkReference(String href, int line) {
}
