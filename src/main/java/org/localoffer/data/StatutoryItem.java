package org.localoffer.data;

/** One thing the law says a local offer must publish (Schedule 2 and regulation 56). */
public record StatutoryItem(String id, String reference, String title) {

    public static final String FILE = "content/data/statutory.yml";
}
