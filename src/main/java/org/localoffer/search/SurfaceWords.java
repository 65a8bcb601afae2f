package org.localoffer.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;

/**
 * The words {@link SearchAnalysis#phraseAnalyzer()} makes of a text (Lucene 9's StandardTokenizer, English
 * possessives, lower case), found without Lucene in stretches of plain text. Lucene's tokenizer runs a
 * Unicode word-break automaton per character and copies every token through its attributes, which was a tenth
 * of a build under the quick compiler; page text is nearly all ASCII, whose word breaks are few and simple.
 *
 * <p>The tokenizer's grammar (StandardTokenizerImpl.jflex) joins letters and digits, and ExtendNumLet ('_')
 * to them; a MidLetter (':', '·') or MidNumLet ('.', ‘, ’) or Single_Quote ('\'') between two letters; a MidNum
 * (',', ';') or MidNumLet or Single_Quote between two digits; everything else breaks and makes no token.
 *
 * <p>A character this class does not know (any other non-ASCII character, as it may be a letter, a combining
 * mark or part of an emoji) and a word too long for the tokenizer's 255-character buffer send the text around
 * it to Lucene: from just after the last "cut" character before it to just after the first one after it.
 * A cut character (a space, a dash, a bracket, ...) is matched by the tokenizer's catch-all rule alone and by
 * no other rule, so the tokenizer starts afresh after it, and giving Lucene that stretch alone gives the same
 * words as giving it the whole text. A text with a surrogate is given to Lucene whole (see {@link #handToLucene}).
 * SurfaceWordsTest compares the words with Lucene's for random texts, SurfaceWordsIT for the demonstration site.
 *
 * <p>The text is scanned as bytes: a Latin-1 string's own (a plain copy), or for other text each character as a
 * Latin-1 character of the same kind. Words are lower-cased A to Z only, as they hold no other letters.
 */
final class SurfaceWords {

    /*
     * Character kinds, as bits so that one test covers several: what a character does between words. A MID
     * character joins two letters (MID_LETTER), two digits (MID_NUM), or either (both bits).
     */
    private static final byte CUT = 0;
    private static final byte LOWER = 1;
    private static final byte UPPER = 2;
    private static final byte DIGIT = 4;
    private static final byte UNDERSCORE = 8;
    private static final int WORD = LOWER | UPPER | DIGIT | UNDERSCORE;
    private static final int LETTER = LOWER | UPPER;
    private static final byte MID_LETTER = 16;
    private static final byte MID_NUM = 32;
    private static final byte MID_BOTH = MID_LETTER | MID_NUM;
    /** No word and no cut: '"' may join Hebrew letters, '#' and '*' may start a keycap emoji. */
    private static final byte OTHER = 64;
    /** Any character not named here: negative, and no bit of the others. */
    private static final byte UNKNOWN = Byte.MIN_VALUE;

    /** Longest word found here; longer ones, near the tokenizer's buffer of 255, are left to Lucene. */
    private static final int MAX_WORD = 200;

    /** The kind of each Latin-1 character: a table rather than tests, as under the quick compiler each branch costs. */
    private static final byte[] KIND = new byte[256];

    /**
     * Each character as a Latin-1 one of its kind: itself up to U+00FF, else a space (a cut), '.' (’ and ‘), or
     * U+0080 (unknown). Text beyond Latin-1 is scanned through this; words are still taken from the text itself.
     */
    private static final byte[] LATIN1_OF_KIND = new byte[Character.MAX_VALUE + 1];

    static {
        java.util.Arrays.fill(KIND, UNKNOWN);
        for (int c = 0; c < 128; c++) {
            KIND[c] = CUT;
        }
        for (int c = 'a'; c <= 'z'; c++) {
            KIND[c] = LOWER;
        }
        for (int c = 'A'; c <= 'Z'; c++) {
            KIND[c] = UPPER;
        }
        for (int c = '0'; c <= '9'; c++) {
            KIND[c] = DIGIT;
        }
        KIND['_'] = UNDERSCORE;
        KIND[':'] = MID_LETTER;
        KIND['\u00B7'] = MID_LETTER; // middle dot
        KIND[','] = MID_NUM;
        KIND[';'] = MID_NUM;
        KIND['.'] = MID_BOTH;
        KIND['\''] = MID_BOTH;
        KIND['"'] = OTHER;
        KIND['#'] = OTHER;
        KIND['*'] = OTHER;
        KIND['\u00A0'] = CUT; // no-break space: word-break Other
        KIND['\u00A3'] = CUT; // pound sign
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            LATIN1_OF_KIND[c] = c < 256 ? (byte) c : (byte) 0x80;
        }
        LATIN1_OF_KIND['\u2018'] = '.'; // curly single quotes: MidNumLet, as '.'
        LATIN1_OF_KIND['\u2019'] = '.';
        // en and em dash, curly double quotes, bullet, ellipsis: word-break Other
        for (char c : "\u2013\u2014\u201C\u201D\u2022\u2026".toCharArray()) {
            LATIN1_OF_KIND[c] = ' ';
        }
    }

    /** What {@link #handToLucene} returns instead of a position when it cannot go on. */
    private static final int SURROGATE = -1;
    private static final int NOT_LATIN1 = -2;

    private SurfaceWords() {
    }

    /** The words, in order; {@code lucene} is {@link SearchAnalysis#phraseAnalyzer()}, for the stretches left to it. */
    static List<String> of(Analyzer lucene, String text) {
        // A Latin-1 string's bytes are copied, not encoded; a '?' where the text has none shows it is not Latin-1.
        List<String> words = of(lucene, text, text.getBytes(StandardCharsets.ISO_8859_1), true);
        return words != null ? words : of(lucene, text, latin1OfKind(text), false);
    }

    private static byte[] latin1OfKind(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = LATIN1_OF_KIND[text.charAt(i)];
        }
        return bytes;
    }

    /** The words of {@code text}, its characters read as {@code bytes}; null when they turn out not to be its own. */
    private static List<String> of(Analyzer lucene, String text, byte[] bytes, boolean latin1) {
        int length = bytes.length;
        byte[] kinds = KIND;
        RecentWords recent = latin1 ? RECENT.get() : null;
        List<String> out = new ArrayList<>(length / 6 + 4);
        int size = 0; // out.size(), kept here as it is wanted at every cut
        int cut = 0; // just after the last cut character
        int wordsBeforeCut = 0;
        int i = 0;
        while (i < length) {
            int kind = kinds[bytes[i] & 0xFF];
            if ((kind & WORD) != 0) {
                // A word: letters, digits and underscores, and single mid characters between two letters or two digits.
                int start = i;
                int seen = 0;
                while (true) {
                    seen |= kind;
                    if (++i == length) {
                        break;
                    }
                    kind = kinds[bytes[i] & 0xFF];
                    if ((kind & WORD) != 0) {
                        continue;
                    }
                    if ((kind & MID_BOTH) == 0 || i + 1 == length) {
                        break;
                    }
                    int before = kinds[bytes[i - 1] & 0xFF];
                    int after = kinds[bytes[i + 1] & 0xFF];
                    boolean joinsLetters = (kind & MID_LETTER) != 0 && (before & LETTER) != 0 && (after & LETTER) != 0;
                    boolean joinsDigits = (kind & MID_NUM) != 0 && before == DIGIT && after == DIGIT;
                    if (!joinsLetters && !joinsDigits) {
                        break;
                    }
                    kind = after;
                    i++;
                }
                if (i - start > MAX_WORD) {
                    i = handToLucene(lucene, text, bytes, latin1, cut, i, wordsBeforeCut, out);
                    if (i < 0) {
                        return i == NOT_LATIN1 ? null : SearchAnalysis.terms(lucene, text);
                    }
                    cut = i;
                    size = out.size();
                    wordsBeforeCut = size;
                } else if ((seen & (LETTER | DIGIT)) != 0) {
                    out.add(word(text, bytes, start, i, (seen & UPPER) != 0, recent));
                    size++;
                }
            } else if (kind == CUT) {
                if (latin1 && bytes[i] == '?' && text.charAt(i) != '?') {
                    return null;
                }
                i++;
                cut = i;
                wordsBeforeCut = size;
            } else if (kind < 0) {
                i = handToLucene(lucene, text, bytes, latin1, cut, i, wordsBeforeCut, out);
                if (i < 0) {
                    return i == NOT_LATIN1 ? null : SearchAnalysis.terms(lucene, text);
                }
                cut = i;
                size = out.size();
                wordsBeforeCut = size;
            } else {
                i++; // a mid or other character outside a word
            }
        }
        return out;
    }

    /** Each thread's recent words, for {@link #word}. */
    private static final ThreadLocal<RecentWords> RECENT = ThreadLocal.withInitial(RecentWords::new);

    /** A word as the possessive and lower-case filters leave it; {@code recent} is null for text beyond Latin-1. */
    private static String word(String text, byte[] bytes, int start, int end, boolean upper, RecentWords recent) {
        if (end - start >= 2 && (bytes[end - 1] == 's' || bytes[end - 1] == 'S')) {
            char quote = text.charAt(end - 2);
            if (quote == '\'' || quote == '\u2019') {
                end -= 2;
            }
        }
        if (recent == null) {
            String word = text.substring(start, end);
            // ASCII letters, digits and marks: only A to Z change
            return upper ? word.toLowerCase(Locale.ROOT) : word;
        }
        int hash = 0; // as String.hashCode
        for (int k = start; k < end; k++) {
            int c = bytes[k] & 0xFF;
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
                bytes[k] = (byte) c;
            }
            hash = 31 * hash + c;
        }
        return recent.of(bytes, start, end, hash);
    }

    /**
     * Replaces the words found since the last cut with Lucene's words from there to just after the next cut
     * character at or after {@code at}, and returns where that stretch ends. Without asking Lucene, returns
     * {@link #SURROGATE} when the stretch holds a surrogate (the tokenizer reads its input 255 characters at a
     * time and treats a high surrogate at the end of the text apart, so with surrogates it is only given whole
     * texts), and {@link #NOT_LATIN1} when the bytes read as Latin-1 are not the text's.
     */
    private static int handToLucene(Analyzer lucene, String text, byte[] bytes, boolean latin1, int cut, int at,
                                    int wordsBeforeCut, List<String> out) {
        int end = at;
        while (end < bytes.length && KIND[bytes[end] & 0xFF] != CUT) {
            if (Character.isSurrogate(text.charAt(end))) {
                return SURROGATE;
            }
            end++;
        }
        if (latin1 && end < bytes.length && bytes[end] == '?' && text.charAt(end) != '?') {
            return NOT_LATIN1;
        }
        end = Math.min(end + 1, bytes.length);
        out.subList(wordsBeforeCut, out.size()).clear();
        out.addAll(SearchAnalysis.terms(lucene, text.substring(cut, end)));
        return end;
    }
}
