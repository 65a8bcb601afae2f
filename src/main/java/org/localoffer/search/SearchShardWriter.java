package org.localoffer.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.localoffer.data.AgeGroup;

/**
 * Writes the index the browser reads, in the style of Pagefind: a small manifest at a fixed address, and
 * content-hashed files it names, so they can be cached for ever. Terms and the word dictionary are split
 * into chunks of sorted keys; a query fetches only the chunks holding its words, found from each chunk's
 * first key in the manifest. Page text for snippets is one fragment per page, fetched for shown results.
 */
public final class SearchShardWriter {

    /** Where the index goes in the site. */
    public static final String FOLDER = "search/index";
    public static final String MANIFEST = "manifest.json";
    /** Field weights for title, summary, headings and body. */
    public static final List<Double> BOOSTS = List.of(3.0, 2.0, 1.5, 1.0);
    /** The longest page text kept for snippets. */
    static final int FRAGMENT_TEXT = 3000;

    private final int termChunkBytes;
    private final int dictionaryChunkBytes;

    public SearchShardWriter() {
        this(12_000, 6_000);
    }

    SearchShardWriter(int termChunkBytes, int dictionaryChunkBytes) {
        this.termChunkBytes = termChunkBytes;
        this.dictionaryChunkBytes = dictionaryChunkBytes;
    }

    /** What was written: the folder and the bytes of every file in it. */
    public record Written(Path folder, Map<String, Long> fileBytes) {
        public long totalBytes() {
            return fileBytes.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public Written write(SearchIndex index, List<AgeGroup> ageGroups, Path site) throws IOException {
        Path folder = site.resolve(FOLDER);
        Files.createDirectories(folder.resolve("frag"));
        Map<String, Long> written = new TreeMap<>();

        List<Object> docs = new ArrayList<>();
        int[][] lengths = index.fieldLengths();
        for (int i = 0; i < index.documents().size(); i++) {
            SearchDocument d = index.documents().get(i);
            Map<String, Object> fragment = new LinkedHashMap<>();
            fragment.put("url", d.url());
            fragment.put("title", d.title());
            fragment.put("summary", d.summary());
            fragment.put("text", d.body().length() > FRAGMENT_TEXT ? d.body().substring(0, FRAGMENT_TEXT) : d.body());
            String frag = hashed(folder, "", Json.write(fragment), written);
            docs.add(List.of(d.url(), frag, lengths[i], d.type(), d.categories(), d.needs(),
                    d.ages() == null ? List.of() : d.ages(), d.areas()));
        }
        String meta = hashed(folder, "docs-", Json.write(Map.of("docs", docs)), written);

        Map<String, List<String>> forms = index.formsByTerm();
        List<Object> termChunks = chunks(folder, "terms-", index.terms(), (term, postings) -> {
            List<Integer> flat = new ArrayList<>();
            postings.byDoc().forEach((doc, freqs) -> {
                flat.add(doc);
                for (int f : freqs) {
                    flat.add(f);
                }
            });
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("f", forms.getOrDefault(term, List.of()));
            entry.put("p", flat);
            return entry;
        }, termChunkBytes, written);
        List<Object> dictChunks = chunks(folder, "dict-", index.dictionary(),
                (surface, stem) -> stem.equals(surface) ? "" : stem, dictionaryChunkBytes, written);

        // For typo tolerance: every word form, its term, and how many pages have the term.
        List<Object> words = new ArrayList<>();
        index.seenForms().forEach((surface, stem) -> {
            if (surface.codePointCount(0, surface.length()) >= 3 && surface.chars().noneMatch(Character::isDigit)) {
                words.add(List.of(surface, stem.equals(surface) ? "" : stem, index.terms().get(stem).byDoc().size()));
            }
        });
        String wordsFile = hashed(folder, "words-", Json.write(words), written);

        Map<String, Object> ages = new LinkedHashMap<>();
        ageGroups.forEach(g -> ages.put(g.id(), List.of(g.from(), g.to())));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", 1);
        manifest.put("fields", SearchDocument.FIELDS);
        manifest.put("boosts", BOOSTS);
        manifest.put("k1", 1.2);
        manifest.put("b", 0.75);
        manifest.put("stop", stopWords());
        manifest.put("docs", meta);
        manifest.put("words", wordsFile);
        manifest.put("dict", dictChunks);
        manifest.put("terms", termChunks);
        manifest.put("ages", ages);
        byte[] bytes = Json.write(manifest).getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve(MANIFEST), bytes);
        written.put(MANIFEST, (long) bytes.length);
        return new Written(folder, written);
    }

    static List<String> stopWords() {
        List<String> out = new ArrayList<>();
        for (Object o : SearchAnalysis.STOP_WORDS) {
            out.add(new String((char[]) o));
        }
        out.sort(null);
        return out;
    }

    private interface EntryWriter<V> {
        Object entry(String key, V value);
    }

    /** Splits sorted entries into files of about {@code maxBytes}; returns [first key, file] per chunk. */
    private static <V> List<Object> chunks(Path folder, String prefix, TreeMap<String, V> entries, EntryWriter<V> writer,
                                           int maxBytes, Map<String, Long> written) throws IOException {
        List<Object> out = new ArrayList<>();
        Map<String, Object> chunk = new LinkedHashMap<>();
        int size = 0;
        String first = null;
        for (Map.Entry<String, V> e : entries.entrySet()) {
            Object value = writer.entry(e.getKey(), e.getValue());
            int entrySize = e.getKey().length() + Json.write(value).length() + 4;
            if (!chunk.isEmpty() && size + entrySize > maxBytes) {
                out.add(List.of(first, hashed(folder, prefix, Json.write(chunk), written)));
                chunk = new LinkedHashMap<>();
                size = 0;
            }
            if (chunk.isEmpty()) {
                first = e.getKey();
            }
            chunk.put(e.getKey(), value);
            size += entrySize;
        }
        if (!chunk.isEmpty()) {
            out.add(List.of(first, hashed(folder, prefix, Json.write(chunk), written)));
        }
        return out;
    }

    /** Writes {@code json} as prefix + the first 12 hex digits of its SHA-256 + .json; returns that name. */
    private static String hashed(Path folder, String prefix, String json, Map<String, Long> written) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        String name = prefix + hash(bytes) + ".json";
        String relative = prefix.isEmpty() ? "frag/" + name : name;
        Files.write(folder.resolve(relative), bytes);
        written.put(relative, (long) bytes.length);
        return name;
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
