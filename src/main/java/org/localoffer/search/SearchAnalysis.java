package org.localoffer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How search reads English, in one place. Pages are indexed through Lucene's standard tokenizer, English
 * possessives, lower case, glossary synonyms (so a page that says "speech and language therapy" is also
 * found by "SALT", and the other way round), stop words and the Porter stemmer.
 *
 * <p>Queries are analysed without synonyms (the index already holds them) and without a stemmer in the
 * browser: the exported dictionary maps each word form seen while indexing to its stem, made by
 * {@link #stem}, so the browser and Lucene agree exactly. {@link #queryWords} is the browser's tokenizer,
 * written the same way in search.js.
 */
public final class SearchAnalysis {

    /**
     * Lucene's English stop words, plus the words of questions parents type ("how do I get my son ...").
     * Dropped from pages and queries alike.
     */
    public static final CharArraySet STOP_WORDS;

    static {
        CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        stop.addAll(List.of("i", "i'm", "me", "my", "we", "our", "you", "your", "he", "she", "his", "her", "him",
                "how", "what", "where", "when", "who", "which", "why", "do", "does", "did", "can", "could",
                "should", "would", "there's", "what's", "about", "am", "from", "get", "has", "have"));
        STOP_WORDS = CharArraySet.unmodifiableSet(stop);
    }

    /** A word as the browser sees one: letters and digits, joined by inner apostrophes ("can't"). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}\\p{N}]+)*");

    /** Lucene's synonym map; made from {@link #glossary} when first needed, as a build never needs it (only tests do). */
    private SynonymMap synonyms;
    private final GlossarySynonyms glossary;
    private final Map<String, String> stems = new java.util.concurrent.ConcurrentHashMap<>();
    private final Analyzer stemmer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new KeywordTokenizer();
            TokenStream stream = new StopFilter(source, STOP_WORDS);
            return new TokenStreamComponents(source, new PorterStemFilter(stream));
        }
    };

    /** The glossary's synonyms as a phrase look-up, for indexing; null when only a synonym map was given. */
    private final SynonymPhrases phrases;

    public SearchAnalysis(SynonymMap synonyms) {
        this.synonyms = synonyms;
        this.glossary = null;
        this.phrases = null;
    }

    /** Analysis with the glossary's synonyms, both for Lucene's filters and as a faster phrase look-up. */
    public SearchAnalysis(GlossarySynonyms glossary) {
        this.glossary = glossary;
        this.phrases = new SynonymPhrases(glossary);
    }

    private synchronized SynonymMap synonyms() {
        if (synonyms == null && glossary != null) {
            synonyms = glossary.map();
        }
        return synonyms;
    }

    SynonymPhrases phrases() {
        return phrases;
    }

    /** The analyzer pages are indexed with. */
    public Analyzer indexAnalyzer() {
        SynonymMap synonyms = synonyms();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = surfaceChain(source, synonyms);
                stream = new StopFilter(stream, STOP_WORDS);
                return new TokenStreamComponents(source, new PorterStemFilter(stream));
            }
        };
    }

    /** The index analyzer before stop words and stemming: the word forms the dictionary is made of. */
    public Analyzer surfaceAnalyzer() {
        SynonymMap synonyms = synonyms();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, surfaceChain(source, synonyms));
            }
        };
    }

    /** Glossary phrases are split into words the same way pages are, without synonyms. */
    static Analyzer phraseAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, surfaceChain(source, null));
            }
        };
    }

    private static TokenStream surfaceChain(Tokenizer source, SynonymMap synonyms) {
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new QuickLowerCaseFilter(stream);
        if (synonyms != null && synonyms.fst != null) {
            stream = new FlattenGraphFilter(new SynonymGraphFilter(stream, synonyms, true));
        }
        return stream;
    }

    /** The indexed term for one lower-case word form, or "" when it is a stop word. Safe to call from many threads. */
    public String stem(String surface) {
        return stems.computeIfAbsent(surface, s -> {
            List<String> out = terms(stemmer, s);
            return out.isEmpty() ? "" : out.get(0);
        });
    }

    /** Every token {@code analyzer} makes of {@code text}, in order. */
    public static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * A query split into lower-case words, as search.js splits it: curly apostrophes made straight, a
     * final possessive 's dropped ("child's" is "child").
     */
    public static List<String> queryWords(String query) {
        String text = query.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            out.add(w);
        }
        return out;
    }

    /** True for word forms the dictionary should hold: the forms {@link #queryWords} can produce. */
    static boolean isQueryWord(String surface) {
        return WORD.matcher(surface).matches() && !surface.endsWith("'s");
    }
}
