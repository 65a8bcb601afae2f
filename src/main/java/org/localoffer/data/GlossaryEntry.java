package org.localoffer.data;

import java.util.List;

/**
 * A term parents meet. {@code acronym} is the short form marked up with abbr; {@code also} are
 * other words for the same thing (used later as search synonyms).
 */
public record GlossaryEntry(String term, String acronym, List<String> also, String definition, int line) {

    /** The anchor of this entry on the glossary page. */
    public String anchor() {
        String base = acronym != null ? acronym : term;
        return base.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** The heading under which the A to Z glossary lists the entry. */
    public String letter() {
        String sortKey = sortKey();
        char c = sortKey.isEmpty() ? '#' : Character.toUpperCase(sortKey.charAt(0));
        return Character.isLetter(c) ? String.valueOf(c) : "#";
    }

    public String sortKey() {
        return (acronym != null ? acronym : term).toLowerCase();
    }
}
