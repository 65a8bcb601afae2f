package org.localoffer.data;

import java.util.List;

/** Everything read from content/data/ that pages and templates rely on. */
public record SiteData(Taxonomy taxonomy, Glossary glossary, List<StatutoryItem> statutory) {

    public List<String> statutoryIds() {
        return statutory.stream().map(StatutoryItem::id).toList();
    }
}
