package org.localoffer.search;

import java.util.ArrayList;
import java.util.Arrays;
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

    /** Each phrase's words, by its first word, longest phrases first. */
    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();
    /** For each phrase (its words joined by a space), the phrases it stands for. */
    private final Map<String, List<String[]>> outputs = new HashMap<>();

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
            byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
            outputs.put(from, to.stream().map(t -> t.split(" ")).toList());
        });
        byFirstWord.values().forEach(list -> list.sort((a, b) -> Integer.compare(b.length, a.length)));
    }

    /** Hands {@code out} the words as the synonym filter would give them, in an order of its own. */
    void expand(List<String> words, Consumer<String> out) {
        int i = 0;
        while (i < words.size()) {
            String[] match = longestAt(words, i);
            if (match == null) {
                out.accept(words.get(i));
                i++;
                continue;
            }
            for (int j = 0; j < match.length; j++) {
                out.accept(words.get(i + j));
            }
            for (String[] other : outputs.get(String.join(" ", match))) {
                for (String word : other) {
                    out.accept(word);
                }
            }
            i += match.length;
        }
    }

    private String[] longestAt(List<String> words, int at) {
        List<String[]> candidates = byFirstWord.get(words.get(at));
        if (candidates == null) {
            return null;
        }
        for (String[] phrase : candidates) {
            if (at + phrase.length <= words.size()
                    && Arrays.equals(phrase, words.subList(at, at + phrase.length).toArray(String[]::new))) {
                return phrase;
            }
        }
        return null;
    }
}
