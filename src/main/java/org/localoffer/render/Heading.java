package org.localoffer.render;

/** A heading in a page body: its level (2 to 6), anchor id and text. */
public record Heading(int level, String id, String text) {
}
