package org.localoffer.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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


    /** Reads one or more blocks of text; each block (a paragraph or list item) ends a sentence. */
    public static ReadingAge of(List<String> blocks) {
        List<List<List<String>>> words = new ArrayList<>();
        for (String block : blocks) {
            List<List<String>> sentences = new ArrayList<>();
            for (String sentence : sentences(block)) {
                sentences.add(words(sentence));
            }
            words.add(sentences);
        }
        return ofWords(words);
    }

    /** Counts text already split into blocks, their sentences and the sentences' words. */
    static ReadingAge ofWords(List<List<List<String>>> blockSentenceWords) {
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        for (List<List<String>> block : blockSentenceWords) {
            for (List<String> w : block) {
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
        return ofWords(new PageText(page).blockSentenceWords());
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
        // The same as splitting with SENTENCE_END after block.replaceAll("\\s+", " ").strip(), without regexes:
        // after the white space is collapsed, a sentence ends at [.!?], closing quotes or brackets, one space,
        // and then a capital, digit, opening quote or bracket.
        return sentencesOfPlain(Prose.collapseSpace(block).strip());
    }

    /** {@link #sentences} of text whose white space is already collapsed and stripped, as a prose block's is. */
    static List<String> sentencesOfPlain(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int from = 0;
        int i = 1;
        while (i < n) {
            char before = text.charAt(i - 1);
            if (before != '.' && before != '!' && before != '?') {
                i++;
                continue;
            }
            int j = i;
            while (j < n && isCloser(text.charAt(j))) {
                j++;
            }
            int spaceStart = j;
            while (j < n && Prose.isSpace(text.charAt(j))) {
                j++;
            }
            if (j > spaceStart && j < n && opensSentence(text.codePointAt(j))) {
                addSentence(out, text.substring(from, i));
                from = j;
                i = j + 1;
            } else {
                i++;
            }
        }
        addSentence(out, text.substring(from));
        return out;
    }

    private static void addSentence(List<String> out, String s) {
        if (!s.isBlank()) {
            out.add(s.strip());
        }
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')';
    }

    private static boolean opensSentence(int cp) {
        if (cp == '"' || cp == '\'' || cp == '“' || cp == '‘' || cp == '(') {
            return true;
        }
        return Character.getType(cp) == Character.UPPERCASE_LETTER || isNumber(cp);
    }

    /** Regex \\p{N}. */
    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Regex [\\p{L}\\p{N}]. */
    private static boolean isLetterOrNumber(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        return Character.isLetter(cp) || isNumber(cp);
    }

    /** The words of a text: the matches of {@code [\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*}, found without a regex. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isLetterOrNumber(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i += Character.charCount(cp);
            while (i < n) {
                int c = text.codePointAt(i);
                if (c == '\'' || c == '’' || c == '-' || isLetterOrNumber(c)) {
                    i += Character.charCount(c);
                } else {
                    break;
                }
            }
            out.add(text.substring(start, i));
        }
        return out;
    }

    static int syllables(String word) {
        int n = word.length();
        char[] letters = new char[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            if (c >= 128) {
                return syllablesOfAnyText(word); // lower-casing may change the length or give ASCII letters
            }
            if (c >= 'A' && c <= 'Z') {
                letters[length++] = (char) (c + ('a' - 'A'));
            } else if (c >= 'a' && c <= 'z') {
                letters[length++] = c;
            }
        }
        return syllablesOfLetters(letters, length);
    }

    /** Syllables of the letters a-z in {@code w[0..length)}, all lower case. */
    private static int syllablesOfLetters(char[] w, int length) {
        if (length == 0) {
            return 1; // a number is read as one word
        }
        if (length <= 3) {
            return 1;
        }
        // The same as replaceAll("(?:[^laeiouy]es|[^laeiouydt]ed|[^laeiouy]e)$", "x").replaceAll("^y", "").
        int end = length;
        char last = w[length - 1];
        char secondLast = w[length - 2];
        char thirdLast = w[length - 3];
        if (secondLast == 'e' && last == 's' && "laeiouy".indexOf(thirdLast) < 0) {
            end = length - 3;
            w[end++] = 'x';
        } else if (secondLast == 'e' && last == 'd' && "laeiouydt".indexOf(thirdLast) < 0) {
            end = length - 3;
            w[end++] = 'x';
        } else if (last == 'e' && "laeiouy".indexOf(secondLast) < 0) {
            end = length - 2;
            w[end++] = 'x';
        }
        int start = w[0] == 'y' ? 1 : 0;
        int count = 0;
        boolean inVowels = false;
        for (int i = start; i < end; i++) {
            char c = w[i];
            boolean vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
            if (vowel && !inVowels) {
                count++;
            }
            inVowels = vowel;
        }
        return Math.max(1, count);
    }

    /** The general case, for words with letters outside ASCII. */
    private static int syllablesOfAnyText(String word) {
        String lower = word.toLowerCase(Locale.UK);
        char[] letters = new char[lower.length()];
        int length = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters[length++] = c;
            }
        }
        return syllablesOfLetters(letters, length);
    }
}
