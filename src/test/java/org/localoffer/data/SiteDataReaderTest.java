package org.localoffer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.problem.Problem;
import org.localoffer.problem.Problems;
import org.localoffer.testing.TestSite;

class SiteDataReaderTest {

    private final Problems problems = new Problems();

    @Test
    void readsTheRepositorysData() {
        SiteData data = new SiteDataReader().read(TestSite.REPO, problems).orElseThrow();
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertTrue(data.taxonomy().categories().stream().anyMatch(c -> c.id().equals("health")));
        assertTrue(data.statutoryIds().contains("comments-and-response"));
        assertTrue(data.glossary().entries().size() >= 40);
    }

    @Test
    void reportsDuplicateAcronymsAndUnknownKeysInTheGlossary(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("content/data"));
        Files.copy(TestSite.REPO.resolve("content/data/taxonomy.yml"), dir.resolve("content/data/taxonomy.yml"));
        Files.copy(TestSite.REPO.resolve("content/data/statutory.yml"), dir.resolve("content/data/statutory.yml"));
        Files.writeString(dir.resolve("content/data/glossary.yml"), """
                - term: Occupational therapy
                  acronym: OT
                  definition: Help with everyday tasks.
                - term: Other thing
                  acronym: OT
                  meaning: Something else.
                """);
        new SiteDataReader().read(dir, problems);
        List<String> m = problems.sorted().stream().map(Problem::format).toList();
        assertEquals(List.of(
                "content/data/glossary.yml:4: error: 'definition' is missing from this glossary entry. Add a line 'definition: ...'.",
                "content/data/glossary.yml:5: error: the acronym 'OT' has two entries. Merge them into one entry.",
                "content/data/glossary.yml:6: error: unknown key 'meaning' in a glossary entry. Remove it or correct the spelling; "
                        + "allowed keys are: term, acronym, also, definition."), m);
    }

    @Test
    void sortsTheGlossaryAndGroupsItByLetter() {
        Glossary g = new Glossary(List.of(new GlossaryEntry("Occupational therapy", "OT", List.of(), "d", 1),
                new GlossaryEntry("Annual review", null, List.of(), "d", 2)));
        assertEquals(List.of("A", "O"), List.copyOf(g.byLetter().keySet()));
        assertEquals("ot", g.entries().get(1).anchor());
    }
}
