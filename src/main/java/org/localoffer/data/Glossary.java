package org.localoffer.data;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every term in content/data/glossary.yml, sorted for the A to Z glossary page. */
public record Glossary(List<GlossaryEntry> entries) {

    public static final String FILE = "content/data/glossary.yml";

    public Glossary {
        entries = entries.stream().sorted(Comparator.comparing(GlossaryEntry::sortKey)).toList();
    }

    /** Entries that have an acronym, longest acronym first so "EHCP" wins over "EHC". */
    public List<GlossaryEntry> withAcronyms() {
        return entries.stream().filter(e -> e.acronym() != null)
                .sorted(Comparator.comparingInt((GlossaryEntry e) -> e.acronym().length()).reversed())
                .toList();
    }

    public Map<String, List<GlossaryEntry>> byLetter() {
        Map<String, List<GlossaryEntry>> out = new LinkedHashMap<>();
        for (GlossaryEntry e : entries) {
            out.computeIfAbsent(e.letter(), k -> new java.util.ArrayList<>()).add(e);
        }
        return out;
    }
}
