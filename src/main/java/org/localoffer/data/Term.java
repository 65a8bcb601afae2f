package org.localoffer.data;

/** One entry of a fixed list that pages may use, such as a category or a need. */
public record Term(String id, String name, String description) {
}
