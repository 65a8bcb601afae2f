package org.localoffer.search;

import java.util.List;

/**
 * One published page as search sees it: its four text fields and the facts the filters use.
 *
 * @param ages the ages a service is for, {from, to}, or null when the page has none
 */
public record SearchDocument(String url, String type, String title, String summary, String headings, String body,
                             List<String> categories, List<String> needs, int[] ages, List<String> areas) {

    /** The fields that are searched, in the order every exported list uses. */
    public static final List<String> FIELDS = List.of("title", "summary", "headings", "body");

    public String field(String name) {
        return switch (name) {
            case "title" -> title;
            case "summary" -> summary;
            case "headings" -> headings;
            case "body" -> body;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
