package org.localoffer.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How old a reader needs to be to follow a text easily, from the Flesch-Kincaid grade level:
 * {@code grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59}, and
 * {@code reading age = grade + 5} (US grade 1 is for 6-year-olds). Syllables are counted by
 * groups of vowels, which is close enough for English prose.
 *
 * @param words     words counted
 * @param sentences sentences counted
 * @param syllables syllables counted
 */
public record ReadingAge(int words, int sentences, int syllables) {

    /** Fewer words than this give no meaningful score. */
    public static final int FEWEST_WORDS = 50;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"'”’)]*\\s+(?=[\\p{Lu}\\p{N}\"'“‘(])");

    /** Reads one or more blocks of text; each block (a paragraph or list item) ends a sentence. */
    public static ReadingAge of(List<String> blocks) {
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        for (String block : blocks) {
            for (String sentence : sentences(block)) {
                List<String> w = words(sentence);
                if (w.isEmpty()) {
                    continue;
                }
                sentences++;
                words += w.size();
                for (String word : w) {
                    syllables += syllables(word);
                }
            }
        }
        return new ReadingAge(words, sentences, syllables);
    }

    /** The reading age of a page's prose, measured the same way as the reading-age check. */
    public static ReadingAge ofPage(org.localoffer.content.Page page) {
        return of(Prose.blocks(new PageText(page)).stream().map(Prose.Block::text).toList());
    }

    public boolean measurable() {
        return words >= FEWEST_WORDS && sentences > 0;
    }

    /** The Flesch-Kincaid grade level, or 0 when there is nothing to measure. */
    public double grade() {
        if (words == 0 || sentences == 0) {
            return 0;
        }
        return 0.39 * ((double) words / sentences) + 11.8 * ((double) syllables / words) - 15.59;
    }

    /** The reading age in whole years: the grade plus 5, rounded. */
    public int years() {
        return (int) Math.round(grade() + 5);
    }

    /** A paragraph split into sentences at a full stop, question or exclamation mark followed by a capital. */
    public static List<String> sentences(String block) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(block.replaceAll("\\s+", " ").strip())) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.UK).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 1; // a number is read as one word
        }
        if (w.length() <= 3) {
            return 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|[^laeiouydt]ed|[^laeiouy]e)$", "x").replaceAll("^y", "");
        int count = 0;
        boolean inVowels = false;
        for (int i = 0; i < w.length(); i++) {
            boolean vowel = "aeiouy".indexOf(w.charAt(i)) >= 0;
            if (vowel && !inVowels) {
                count++;
            }
            inVowels = vowel;
        }
        return Math.max(1, count);
    }
}
