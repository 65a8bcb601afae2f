package org.localoffer.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The glossary's synonyms applied to a page's words as Lucene's SynonymGraphFilter applies
 * {@link GlossarySynonyms#map()} (longest phrase first, the page's own words kept, then every other
 * phrase of the phrase's groups; matching goes on after the phrase), without building its token
 * graph, which was most of the cost of indexing. Only the words come out, not their positions:
 * the index counts words and never looks at positions.
 */
final class SynonymPhrases {

    /** A phrase's words and the phrases it stands for. */
    private record Phrase(String[] words, List<String[]> others) {
    }

    /** Each phrase, by its first word, longest phrases first. */
    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();

    SynonymPhrases(GlossarySynonyms synonyms) {
        Map<String, Set<String>> targets = new LinkedHashMap<>();
        for (List<String> group : synonyms.groups().values()) {
            for (String from : group) {
                for (String to : group) {
                    if (!from.equals(to)) {
                        targets.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
                    }
                }
            }
        }
        targets.forEach((from, to) -> {
            String[] words = from.split(" ");
            byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>())
                    .add(new Phrase(words, to.stream().map(t -> t.split(" ")).toList()));
        });
        byFirstWord.values().forEach(list -> list.sort((a, b) -> Integer.compare(b.words().length, a.words().length)));
    }

    /** Hands {@code out} the words as the synonym filter would give them, in an order of its own. */
    void expand(List<String> words, Consumer<String> out) {
        int i = 0;
        while (i < words.size()) {
            Phrase match = longestAt(words, i);
            if (match == null) {
                out.accept(words.get(i));
                i++;
                continue;
            }
            for (int j = 0; j < match.words().length; j++) {
                out.accept(words.get(i + j));
            }
            for (String[] other : match.others()) {
                for (String word : other) {
                    out.accept(word);
                }
            }
            i += match.words().length;
        }
    }

    private Phrase longestAt(List<String> words, int at) {
        List<Phrase> candidates = byFirstWord.get(words.get(at));
        if (candidates == null) {
            return null;
        }
        for (Phrase phrase : candidates) {
            if (startsAt(phrase.words(), words, at)) {
                return phrase;
            }
        }
        return null;
    }

    private static boolean startsAt(String[] phrase, List<String> words, int at) {
        if (at + phrase.length > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!phrase[k].equals(words.get(at + k))) {
                return false;
            }
        }
        return true;
    }
}
