package org.localoffer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.localoffer.data.Glossary;
import org.localoffer.data.GlossaryEntry;

/**
 * Search synonyms from content/data/glossary.yml: each entry's term, acronym and {@code also:} words are one
 * group, and every phrase in a group means every other ("SALT", "SLT", "speech therapy" and "speech and
 * language therapy"). Applied while indexing, so the browser needs no synonym logic to find them.
 */
public final class GlossarySynonyms {

    private final Map<String, List<String>> groups;

    private GlossarySynonyms(Map<String, List<String>> groups) {
        this.groups = groups;
    }

    public static GlossarySynonyms from(Glossary glossary) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        try (Analyzer words = SearchAnalysis.phraseAnalyzer()) {
            for (GlossaryEntry entry : glossary.entries()) {
                Set<String> phrases = new LinkedHashSet<>();
                List<String> raw = new ArrayList<>();
                raw.add(entry.term());
                if (entry.acronym() != null) {
                    raw.add(entry.acronym());
                }
                if (entry.also() != null) {
                    raw.addAll(entry.also());
                }
                for (String phrase : raw) {
                    String joined = String.join(" ", SearchAnalysis.terms(words, phrase.replace('\u2019', '\'')));
                    if (!joined.isEmpty()) {
                        phrases.add(joined);
                    }
                }
                if (phrases.size() > 1) {
                    groups.put(entry.term(), List.copyOf(phrases));
                }
            }
        }
        return new GlossarySynonyms(groups);
    }

    /** Each glossary term with its phrases in lower-case words, e.g. "Occupational therapy" = [occupational therapy, ot]. */
    public Map<String, List<String>> groups() {
        return groups;
    }

    /** Lucene's synonym map: every phrase of a group to every other, keeping the original words. */
    public SynonymMap map() {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        for (List<String> phrases : groups.values()) {
            for (String from : phrases) {
                for (String to : phrases) {
                    if (!from.equals(to)) {
                        builder.add(chars(from), chars(to), true);
                    }
                }
            }
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CharsRef chars(String phrase) {
        return SynonymMap.Builder.join(phrase.split(" "), new CharsRefBuilder());
    }
}
