package org.localoffer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.localoffer.data.Glossary;
import org.localoffer.data.SiteData;
import org.localoffer.data.SiteDataReader;
import org.localoffer.problem.Problems;
import org.localoffer.testing.TestSite;

/** The phrase look-up gives exactly the words Lucene's synonym graph gives, for the demonstration glossary. */
class SynonymPhrasesTest {

    private static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> out = new TreeMap<>();
        words.forEach(w -> out.merge(w, 1, Integer::sum));
        return out;
    }

    private static Map<String, Integer> lucene(SearchAnalysis analysis, String text) {
        try (Analyzer a = analysis.surfaceAnalyzer()) {
            return counts(SearchAnalysis.terms(a, text));
        }
    }

    private static Map<String, Integer> lookUp(SynonymPhrases phrases, String text) {
        List<String> out = new ArrayList<>();
        try (Analyzer a = SearchAnalysis.phraseAnalyzer()) {
            phrases.expand(SearchAnalysis.terms(a, text), out::add);
        }
        return counts(out);
    }

    @Test
    void givesTheSameWordsAsLucenesSynonymGraphOnRandomTextAndRealPhrases() {
        SiteData data = new SiteDataReader().read(TestSite.REPO, new Problems()).orElseThrow();
        Glossary glossary = data.glossary();
        GlossarySynonyms synonyms = GlossarySynonyms.from(glossary);
        SearchAnalysis analysis = new SearchAnalysis(synonyms.map());
        SynonymPhrases phrases = new SynonymPhrases(synonyms);

        List<String> vocabulary = new ArrayList<>(List.of("the", "and", "child's", "help", "school", "therapy",
                "speech", "language", "plan", "care", "health", "education", "needs", "assessment", ".", ",", "a"));
        for (List<String> group : synonyms.groups().values()) {
            for (String phrase : group) {
                vocabulary.addAll(List.of(phrase.split(" ")));
                vocabulary.add(phrase);
                vocabulary.add(phrase.toUpperCase());
            }
        }
        Random random = new Random(7);
        for (int t = 0; t < 2000; t++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(25);
            for (int i = 0; i < n; i++) {
                text.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
            }
            assertEquals(lucene(analysis, text.toString()), lookUp(phrases, text.toString()), text.toString());
        }
    }

    @Test
    void keepsThePagesWordsAndAddsTheOtherPhrasesOfTheGroup() {
        SiteData data = new SiteDataReader().read(TestSite.REPO, new Problems()).orElseThrow();
        SynonymPhrases phrases = new SynonymPhrases(GlossarySynonyms.from(data.glossary()));
        List<String> out = new ArrayList<>();
        phrases.expand(List.of("an", "ehcp", "review"), out::add);
        assertEquals(true, out.contains("education") && out.contains("ehcp") && out.contains("review"), out.toString());
    }
}
