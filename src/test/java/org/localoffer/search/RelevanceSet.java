package org.localoffer.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The relevance set in src/test/resources/search/relevance.tsv: a query and the page expected in the top 3. */
record RelevanceSet(String query, String expected) {

    static List<RelevanceSet> load() throws IOException {
        List<RelevanceSet> out = new ArrayList<>();
        try (InputStream in = RelevanceSet.class.getResourceAsStream("/search/relevance.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                out.add(new RelevanceSet(parts[0], parts[1].trim()));
            }
        }
        return out;
    }
}
