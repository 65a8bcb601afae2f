package org.localoffer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.localoffer.testing.TestSite;

/** The words found without Lucene are exactly the words Lucene's phrase analyzer gives. */
class SurfaceWordsTest {

    private static final Analyzer LUCENE = SearchAnalysis.phraseAnalyzer();

    @AfterAll
    static void close() {
        LUCENE.close();
    }

    private static void same(String text) {
        assertEquals(SearchAnalysis.terms(LUCENE, text), SurfaceWords.of(LUCENE, text), () -> "text: " + escaped(text));
    }

    private static String escaped(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().forEach(c -> b.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\u{%X}", c)));
        return b.toString();
    }

    @Test
    void wordsAreSplitAsLuceneSplitsThem() {
        assertEquals(List.of("children", "can't", "talk", "don’t", "3.5", "1,000", "a.b", "x_y", "_z", "ok_", "a", "1"),
                SurfaceWords.of(LUCENE, "Children’s CAN'T talk; don’t 3.5 1,000 a.b. x_y _z ok_ a:1"));
        for (String text : List.of("", " ", "a", "A's", "'s", "’S", "a's's", "1's", "__", "_._a", "a_.b", "a..b", "a.b.",
                "1.a", "a.1", "a1.2b", "1,2,3", "a,b", "a;b", "1:2", "a:b", "a·b", "#1", "*a", "a\"b", "don’t—stop",
                "£5.50", "e.g. this", "x\u00A0y", "“quoted”", "wait…", "• item", "a–b")) {
            same(text);
        }
    }

    @Test
    void textLuceneMustSplitIsLeftToIt() {
        for (String text : List.of("café crème", "Straße", "İstanbul", "ΣΟΦΟΣ", "אב\"ג", "אב'", "カタカナ_abc", "中文 abc",
                "ไทย abc", "e\u0301t\u00E9", " \u0301a", "a\u00ADb", "a\u200Db", "#\u20E3 *\uFE0F\u20E3 1\u20E3",
                "🇬🇧🇫🇷 a", "😀👍🏽 ok", "a\uFF07s", "x\u202Fy", "a\u2024b", "1\uFF0C2", "©2024 ™ ®")) {
            same(text);
        }
        same("a".repeat(600));
        same("long " + "ab.".repeat(150) + "c end");
        same("1,".repeat(300) + "2 x");
        same("é" + "b".repeat(300) + " next");
    }

    /** Mostly the characters plain text is made of, with word joiners weighted up, and some Lucene must handle. */
    private static final String PLAIN = "aaaaabbcdeeeefghiijklmnoopqrssttuvwxyzABCDSTXYZ0001123456789"
            + "'''’’’‘...,,,:::;;;___   --–—//@#&*\"!?()\n\t\u00A0£·“”…•";
    private static final String[] OTHERS = {"é", "É", "ß", "İ", "Σ", "ς", "ﬁ", "א", "ש", "カ", "ｶ", "ー", "中", "ひ", "한",
            "ก", "\u0301", "\u00AD", "\u200B", "\u200C", "\u200D", "\uFE0F", "\uFE0E", "\u20E3", "😀", "👍", "🏽",
            "🇬", "🇧", "©", "™", "\uFF07", "\uFF0E", "\uFF0C", "\uFF11", "\u202F", "\u2024", "\u2027", "\u0660", "\uD800",
            "\uDC00", "\u2028", "\u0085", "\u000B", "\r", "\r\n", "\u3000", "\u1680", "\uFFFC", "\uDB40\uDC61", "\u00B5"};

    private static String random(Random random, int length, double otherShare) {
        StringBuilder b = new StringBuilder();
        while (b.length() < length) {
            if (random.nextDouble() < otherShare) {
                b.append(OTHERS[random.nextInt(OTHERS.length)]);
            } else {
                b.append(PLAIN.charAt(random.nextInt(PLAIN.length())));
            }
        }
        return b.toString();
    }

    @Test
    void randomTextGivesLucenesWords() {
        // -DsurfaceWords.texts=... and -DsurfaceWords.seed=... run more or other texts.
        Random random = new Random(Long.getLong("surfaceWords.seed", 20261127));
        for (int n = 0, texts = Integer.getInteger("surfaceWords.texts", 1_000_000); n < texts; n++) {
            double otherShare = n % 3 == 0 ? 0 : n % 3 == 1 ? 0.01 : 0.1;
            int length = n % 1000 == 0 ? 200 + random.nextInt(400) : random.nextInt(40);
            same(random(random, length, otherShare));
        }
    }

    @Test
    void longRunsWithoutBreaksGiveLucenesWords() {
        Random random = new Random(7);
        String joined = "aaab1_.,:'’";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = 150 + random.nextInt(400);
            while (b.length() < length) {
                b.append(random.nextInt(60) == 0 ? " " : String.valueOf(joined.charAt(random.nextInt(joined.length()))));
            }
            same(b.toString());
        }
    }

    @Test
    void everyDemonstrationSourceFileGivesLucenesWords() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(TestSite.REPO.resolve("content"))) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            same(text);
            for (String line : text.split("\n")) {
                same(line);
            }
        }
    }
}
