package org.localoffer.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.localoffer.testing.RandomText;

/**
 * The hand-written text scanning that replaced regexes gives exactly what the regexes gave: each
 * is compared with the regex it replaced, over hand-picked and random texts.
 */
class TextSpeedEquivalenceTest {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"'”’)]*\\s+(?=[\\p{Lu}\\p{N}\"'“‘(])");
    /** Characters that matter to the rules, with a few that do not. */
    private static final String ALPHABET = "aeiouyAEIOUYbcdlstBDLST xyz.!?\"'”’)“‘(-_0123456789\n\r\t\u000B\f"
            + "éÉİßΣ\u212A\u2003\u00A0ǅ½Ⅳ&#*";

    static List<String> regexSentences(String block) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(block.replaceAll("\\s+", " ").strip())) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    static List<String> regexWords(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static int regexSyllables(String word) {
        String w = word.toLowerCase(Locale.UK).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return 1;
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

    private static final List<String> SAMPLES = List.of("", " ", "Apply by 31 May. Then wait, e.g. for a letter. Done!",
            "He said \"Stop.\" Then left.", "Really?! (Yes.) \"Quite\" so.", "End.\n\n  Next line\tstarts. 2 more.",
            "Wait...  Fine.", "Hi!) Next", "A. B. C.", ". Leading", "trailing. ", "x.\u2003Y", "x. \u2003Y", "é. É",
            "walked makes the yes eyes tied used yelled yes-man it's don’t re-use 1,000 ½ Ⅳ ǅemal", "İstanbul \u212Aelvin",
            "ybes ydes yle tle ble fled ated oes", "Σίσυφος ΣΊΣΥΦΟΣ 𝐀bc. 𝐀BC", "a.\u000BB c.\fD e.\rF");

    @Test
    void sentencesAreSplitAsTheRegexSplitThem() {
        for (String s : SAMPLES) {
            assertEquals(regexSentences(s), ReadingAge.sentences(s), s);
        }
        Random r = new Random(1);
        for (int i = 0; i < 50_000; i++) {
            String s = RandomText.of(r, ALPHABET, r.nextInt(30));
            assertEquals(regexSentences(s), ReadingAge.sentences(s), s);
            String plain = Prose.collapseSpace(s).strip();
            assertEquals(regexSentences(s), ReadingAge.sentencesOfPlain(plain), s);
        }
    }

    @Test
    void wordsAreFoundAsTheRegexFoundThem() {
        for (String s : SAMPLES) {
            assertEquals(regexWords(s), ReadingAge.words(s), s);
        }
        Random r = new Random(2);
        for (int i = 0; i < 50_000; i++) {
            String s = RandomText.of(r, ALPHABET, r.nextInt(30));
            assertEquals(regexWords(s), ReadingAge.words(s), s);
        }
    }

    @Test
    void syllablesAreCountedAsTheRegexesCountedThem() {
        for (String sample : SAMPLES) {
            for (String w : sample.split(" ")) {
                assertEquals(regexSyllables(w), ReadingAge.syllables(w), w);
            }
        }
        Random r = new Random(3);
        for (int i = 0; i < 100_000; i++) {
            String w = RandomText.of(r, i % 2 == 0 ? "aeiouylbdtsxyzAESD" : ALPHABET, r.nextInt(9));
            assertEquals(regexSyllables(w), ReadingAge.syllables(w), w);
        }
    }

    @Test
    void sentencesAreCountedInPlaceAsTheRegexesCountedThem() {
        List<String> texts = new ArrayList<>(SAMPLES);
        Random r = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            texts.add(RandomText.of(r, ALPHABET, r.nextInt(40)));
        }
        for (int i = 0; i < 2_000; i++) {
            texts.add(RandomText.of(r, "𝐀𝐛\uD835\uDC00\uD835. !'’-aB", r.nextInt(20)));
        }
        for (String s : texts) {
            String plain = Prose.collapseSpace(s).strip();
            List<ReadingAge.Sentence> counted = ReadingAge.sentenceCounts(plain);
            List<String> expected = new ArrayList<>();
            for (String sentence : regexSentences(s)) {
                List<String> words = regexWords(sentence);
                if (!words.isEmpty()) {
                    expected.add(words + " " + words.stream().mapToInt(TextSpeedEquivalenceTest::regexSyllables).sum());
                }
            }
            List<String> actual = new ArrayList<>();
            for (ReadingAge.Sentence c : counted) {
                List<String> words = ReadingAge.words(plain.substring(c.start(), c.end()));
                assertEquals(words.size(), c.words(), s);
                actual.add(words + " " + c.syllables());
            }
            assertEquals(expected, actual, s);
        }
    }

    @Test
    void paragraphAndNodeTextIsWhatFlexmarkGives() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AttributesExtension.create()));
        Parser parser = Parser.builder(options).build();
        Random r = new Random(8);
        List<String> texts = new ArrayList<>(List.of("a\\*b &amp; c", "line one  \nline two\r\nthree\rfour", "> quoted\n> more",
                "- item\n  more\n- [link](x.md) after", "a `code` b *em* __strong__ {#id} <b>x</b> ![alt](i.png)", "&copy; &#65; \\&"));
        for (int i = 0; i < 20_000; i++) {
            texts.add(RandomText.of(r, "ab cd\n\n\r \t\\&;#*_`[]()<>!|-{}:.1é\u2003", r.nextInt(60)));
        }
        int paragraphs = 0;
        for (String text : texts) {
            for (Node node : parser.parse(text).getDescendants()) {
                assertEquals(node.getChars().toString(), PageText.string(node.getChars()), text);
                if (node instanceof Paragraph p) {
                    paragraphs++;
                    assertEquals(Prose.collapseSpace(new TextCollectingVisitor().collectAndGetText(p)).strip(),
                            Prose.plainText(p), text);
                }
            }
        }
        assertTrue(paragraphs > 20_000, "paragraphs " + paragraphs);
    }

    @Test
    void whiteSpaceIsCollapsedAsTheRegexCollapsedIt() {
        Random r = new Random(4);
        for (int i = 0; i < 50_000; i++) {
            String s = RandomText.of(r, "ab \n\r\t\u000B\f\u2003\u00A0", r.nextInt(12));
            assertEquals(s.replaceAll("\\s+", " "), Prose.collapseSpace(s), s);
        }
    }

    @Test
    void lineIndexGivesFlexmarksLineNumbersAndTheOldColumns() {
        Parser parser = Parser.builder().build();
        Random r = new Random(5);
        List<String> texts = new ArrayList<>(List.of("", "a", "\n", "\r", "\r\n", "a\r\nb\rc\nd", "\n\nx\r\r\n\ny"));
        for (int i = 0; i < 3_000; i++) {
            texts.add(RandomText.of(r, "ab #-*\n\n\r", r.nextInt(40)));
            texts.add(RandomText.of(r, "ab #-*\n\n", r.nextInt(40))); // "\n" only, as most pages are
        }
        for (String text : texts) {
            Document document = parser.parse(text);
            LineIndex index = new LineIndex(text);
            for (int offset = 0; offset <= text.length() + 1; offset++) {
                assertEquals(document.getLineNumber(offset), index.lineNumber(offset), "offset " + offset + " of " + text);
                assertEquals(oldColumn(text, offset), index.column(offset), "offset " + offset + " of " + text);
            }
            for (Node node : document.getDescendants()) {
                assertEquals(node.getLineNumber(), index.lineNumber(node.getStartOffset()), text);
            }
        }
    }

    private static int oldColumn(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        if (offset == 0) {
            lineStart = 0;
        }
        return offset - lineStart + 1;
    }

    @Test
    void jargonPrefiltersNeverHideAMatch() {
        Random r = new Random(6);
        List<String> texts = new ArrayList<>(List.of("EHC", "A&E", "AB1C", "Tier 2", "SIGNPOSTING", "Multi-agency", "CAMHSs.",
                "a B c D", "A1", "1A", "&A&B"));
        for (int i = 0; i < 50_000; i++) {
            texts.add(RandomText.of(r, "ABCEHSabce 1&.-", r.nextInt(12)));
            texts.add(RandomText.of(r, "tierTIER 23stepSTEPdownholistcHOLIST-", r.nextInt(16)));
        }
        for (String word : JargonCheck.JARGON) {
            for (int k = 0; k < 20; k++) {
                StringBuilder b = new StringBuilder(RandomText.of(r, "ab .", r.nextInt(3)));
                for (char c : word.toCharArray()) {
                    b.append(r.nextBoolean() ? Character.toUpperCase(c) : c);
                }
                texts.add(b.append(RandomText.of(r, "ab .", r.nextInt(3))).toString());
            }
        }
        for (String t : texts) {
            if (JargonCheck.ACRONYM.matcher(t).find()) {
                assertEquals(true, JargonCheck.mayHaveAcronym(t), t);
            }
            if (JargonCheck.JARGON_WORD.matcher(t).find()) {
                assertEquals(true, JargonCheck.mayHaveJargon(t), t);
            }
        }
    }
}
