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


    /**
     * One sentence of a block, counted: where it is in the block's text, and how many words and syllables it has.
     * Counting in place copies no words, which matters because every word of every page is counted.
     */
    record Sentence(int start, int end, int words, int syllables) {
    }

    /** Reads one or more blocks of text; each block (a paragraph or list item) ends a sentence. */
    public static ReadingAge of(List<String> blocks) {
        List<List<Sentence>> counted = new ArrayList<>();
        for (String block : blocks) {
            counted.add(sentenceCounts(Prose.collapseSpace(block).strip()));
        }
        return ofSentences(counted);
    }

    /** Adds up blocks already split into counted sentences. */
    static ReadingAge ofSentences(List<List<Sentence>> blocks) {
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        for (List<Sentence> block : blocks) {
            for (Sentence s : block) {
                sentences++;
                words += s.words();
                syllables += s.syllables();
            }
        }
        return new ReadingAge(words, sentences, syllables);
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
        splitSentences(text.toCharArray(), (from, to) -> addSentence(out, text.substring(from, to)));
        return out;
    }

    /**
     * The sentences of {@link #sentencesOfPlain} that have words, each with its words and syllables counted:
     * {@code words(sentence).size()} and the sum of {@link #syllables} over them.
     */
    static List<Sentence> sentenceCounts(String text) {
        List<Sentence> out = new ArrayList<>();
        countSentences(text.toCharArray(), 0, text.length(), out);
        return out;
    }

    /**
     * {@link #sentenceCounts} of the text {@code text[from, to)}, with offsets counted from {@code from}, added to
     * {@code out}. One pass finds the sentences, their words and each word's letters: no word runs over a sentence's
     * ends, because one ends in [.!?] and the next starts after white space, so the words of the sentences are the
     * words of the whole text.
     */
    static void countSentences(char[] text, int from, int to, List<Sentence> out) {
        char[] letters = new char[32]; // a word's letters, lower-cased, for its syllables
        int start = from; // where the sentence being counted starts
        int words = 0;
        int syllables = 0;
        int i = from;
        while (i < to) {
            char c = text[i];
            if (c < 128 ? isAsciiLetterOrDigit(c) : isLetterOrNumber(codePointAt(text, i, to))) {
                // A word: [\p{L}\p{N}][\p{L}\p{N}'’-]*, its a-z letters lower-cased as they are read.
                int wordStart = i;
                int length = 0;
                boolean ascii = true;
                while (i < to) {
                    char w = text[i];
                    if (w < 128) {
                        if (w >= 'a' && w <= 'z') {
                            letters = room(letters, length);
                            letters[length++] = w;
                        } else if (w >= 'A' && w <= 'Z') {
                            letters = room(letters, length);
                            letters[length++] = (char) (w + ('a' - 'A'));
                        } else if (!(w >= '0' && w <= '9') && w != '\'' && w != '-') {
                            break;
                        }
                        i++;
                    } else {
                        int cp = codePointAt(text, i, to);
                        if (cp != '’' && !isLetterOrNumber(cp)) {
                            break;
                        }
                        ascii = false;
                        i += Character.charCount(cp);
                    }
                }
                words++;
                // Lower-casing a letter outside ASCII may change the length or give ASCII letters.
                syllables += ascii ? syllablesOfLetters(letters, length) : syllablesOfAnyText(new String(text, wordStart, i - wordStart));
                continue;
            }
            if ((c == '.' || c == '!' || c == '?') && i + 1 < to) {
                // As SENTENCE_END: closing quotes or brackets, white space, then a capital, digit, opening quote or bracket.
                int j = i + 1;
                while (j < to && isCloser(text[j])) {
                    j++;
                }
                int spaceStart = j;
                while (j < to && Prose.isSpace(text[j])) {
                    j++;
                }
                if (j > spaceStart && j < to && opensSentence(Character.codePointAt(text, j, to))) {
                    if (words > 0) {
                        out.add(new Sentence(start - from, i + 1 - from, words, syllables));
                    }
                    start = j;
                    words = 0;
                    syllables = 0;
                    i = j;
                    continue;
                }
            }
            i++;
        }
        if (words > 0) {
            out.add(new Sentence(start - from, to - from, words, syllables));
        }
    }

    private static char[] room(char[] letters, int length) {
        return length < letters.length ? letters : java.util.Arrays.copyOf(letters, length * 2);
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** Where a sentence of {@link #splitSentences} or a word of {@link #forEachWord} is in its text: from inclusive, to exclusive. */
    private interface TextRange {
        void accept(int from, int to);
    }

    /** Splits text whose white space is collapsed into sentence ranges, as SENTENCE_END splits it; some may be blank. */
    private static void splitSentences(char[] text, TextRange out) {
        int n = text.length;
        int from = 0;
        int i = 1;
        while (i < n) {
            char before = text[i - 1];
            if (before != '.' && before != '!' && before != '?') {
                i++;
                continue;
            }
            int j = i;
            while (j < n && isCloser(text[j])) {
                j++;
            }
            int spaceStart = j;
            while (j < n && Prose.isSpace(text[j])) {
                j++;
            }
            if (j > spaceStart && j < n && opensSentence(Character.codePointAt(text, j))) {
                out.accept(from, i);
                from = j;
                i = j + 1;
            } else {
                i++;
            }
        }
        out.accept(from, n);
    }

    /** {@code text.substring(0, limit).codePointAt(i)}: a surrogate pair is only read whole inside the limit. */
    private static int codePointAt(char[] text, int i, int limit) {
        char c = text[i];
        if (Character.isHighSurrogate(c) && i + 1 < limit) {
            char low = text[i + 1];
            if (Character.isLowSurrogate(low)) {
                return Character.toCodePoint(c, low);
            }
        }
        return c;
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
        forEachWord(text.toCharArray(), 0, text.length(), (start, end) -> out.add(text.substring(start, end)));
        return out;
    }

    /** Where each word of {@link #words} is in {@code text[from, to)}, without copying any. */
    private static void forEachWord(char[] text, int from, int to, TextRange out) {
        int i = from;
        while (i < to) {
            int cp = codePointAt(text, i, to);
            if (!isLetterOrNumber(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            i += Character.charCount(cp);
            while (i < to) {
                int c = codePointAt(text, i, to);
                if (c == '\'' || c == '’' || c == '-' || isLetterOrNumber(c)) {
                    i += Character.charCount(c);
                } else {
                    break;
                }
            }
            out.accept(start, i);
        }
    }

    static int syllables(String word) {
        return syllables(word.toCharArray(), 0, word.length(), new char[word.length()]);
    }

    /** The syllables of the word {@code text[start, end)}, using {@code letters} (at least end - start long) as scratch. */
    private static int syllables(char[] text, int start, int end, char[] letters) {
        int length = 0;
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (c >= 128) {
                // lower-casing may change the length or give ASCII letters
                return syllablesOfAnyText(new String(text, start, end - start));
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
        if (secondLast == 'e' && last == 's' && !isLOrVowel(thirdLast)) {
            end = length - 3;
            w[end++] = 'x';
        } else if (secondLast == 'e' && last == 'd' && !isLOrVowel(thirdLast) && thirdLast != 'd' && thirdLast != 't') {
            end = length - 3;
            w[end++] = 'x';
        } else if (last == 'e' && !isLOrVowel(secondLast)) {
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

    /** One of "laeiouy". */
    private static boolean isLOrVowel(char c) {
        return c == 'l' || c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
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
