package org.localoffer.oruk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.build.SiteBuilder;
import org.localoffer.cli.ImportCommand;
import org.localoffer.problem.Problem;
import org.localoffer.testing.TestSite;
import picocli.CommandLine;

/** {@code localoffer import oruk}: every error path with its exact message, and what a good import writes. */
class OrukImporterTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ImportCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
    }

    /** The Testshire test site, and the files in its content/services folder. */
    private static Path site(Path dir) {
        TestSite.create(dir.resolve("site"));
        return dir.resolve("site");
    }

    private static List<String> services(Path site) throws Exception {
        try (Stream<Path> s = Files.list(site.resolve("content/services"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Run importing(Path site, Path dir, String json, String... more) throws Exception {
        Path file = dir.resolve("in.json");
        Files.writeString(file, json);
        String[] args = Stream.concat(Stream.of("oruk", file.toString(), "--source", site.toString()), Stream.of(more))
                .toArray(String[]::new);
        return run(args);
    }

    private static void assertRefused(Path dir, String json, String... errors) throws Exception {
        Path site = site(dir);
        List<String> before = services(site);
        Run r = importing(site, dir, json);
        assertEquals(1, r.code(), r.err());
        String file = dir.resolve("in.json").toString();
        StringBuilder expected = new StringBuilder();
        for (String e : errors) {
            expected.append(file).append(e).append('\n');
        }
        String[] lines = r.err().split("\n");
        assertEquals(expected.toString(), String.join("\n", List.of(lines).subList(0, lines.length - 2)) + "\n");
        assertEquals("Nothing was imported; no page has been written or changed.", lines[lines.length - 1]);
        assertEquals(before, services(site), "nothing was written");
        assertEquals("", r.out());
    }

    static final String GOOD = """
            {"id": "7a2c8b1e-0c1d-4a57-9a0e-6b9f3f1f2a01", "name": "Stammering group", "status": "active",
             "description": "A weekly group for children who stammer.\\n\\nParents can stay and watch.",
             "minimum_age": 7, "maximum_age": 11,
             "email": "stammer@test.example.org", "url": "https://test.example.org/stammer",
             "organization": {"id": "0d1f8d0e-5d64-4b8e-9c43-0b5c8d8f7f11", "name": "Testshire Speech Charity", "description": "A charity."},
             "service_areas": [{"id": "a1", "name": "North Testshire"}, {"id": "a2", "name": "Mars"}],
             "schedules": [{"id": "s1", "description": "Saturdays, 10am to 11am", "notes": "Term time only: the service closes in school holidays."}],
             "cost_options": [{"id": "c1", "amount": 0}],
             "contacts": [{"id": "k1", "phones": [{"id": "p1", "number": "0100 496 0777"}]}],
             "funding": [{"id": "f1", "source": "Lottery"}],
             "attributes": [
               {"id": "t1", "taxonomy_term": {"id": "x1", "name": "Speech, language and communication", "description": "d", "taxonomy": "esd"}},
               {"id": "t2", "taxonomy_term": {"id": "x2", "name": "therapy", "description": "d", "taxonomy": "Testshire SEND Local Offer: categories", "term": "therapy"}},
               {"id": "t3", "taxonomy_term": {"id": "x3", "name": "parent", "description": "d", "taxonomy": "Testshire SEND Local Offer: referral", "term": "parent"}},
               {"id": "t4", "taxonomy_term": {"id": "x4", "name": "Bereavement", "description": "d", "taxonomy": "esd"}}
             ],
             "assured_date": "2026-10-01"}
            """;

    @Test
    void notJsonIsAnErrorWithItsLine(@TempDir Path dir) throws Exception {
        assertRefused(dir, "{\n  \"contents\": [\n    {\"id\": \"a\" \"name\": \"b\"}\n  ]\n}\n",
                ":3: error: this is not valid JSON: Unexpected character ('\"' (code 34)): was expecting comma to "
                        + "separate Object entries. Export the services again from the directory's Open Referral API "
                        + "(GET /services), and do not edit the file by hand.");
    }

    @Test
    void theWrongShapeIsAnError(@TempDir Path dir) throws Exception {
        assertRefused(dir, "{\"services\": []}", ": error: this is not an Open Referral services document. Give a page "
                + "of services ({\"contents\": [...]}, as GET /services returns), one service (GET /services/{id}), or a "
                + "list of services.");
    }

    @Test
    void anEmptyPageIsAnError(@TempDir Path dir) throws Exception {
        assertRefused(dir, "{\"contents\": []}", ": error: the file lists no services, so there is nothing to import. "
                + "Check that the export is the right one.");
    }

    @Test
    void aMissingFileIsAnError(@TempDir Path dir) throws Exception {
        Path site = site(dir);
        Run r = run("oruk", dir.resolve("nope.json").toString(), "--source", site.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith(dir.resolve("nope.json") + ": error: there is no such file. Check the name and "
                + "folder of the JSON file.\n"), r.err());
    }

    @Test
    void missingAndDuplicateIdsNameTheirRecords(@TempDir Path dir) throws Exception {
        assertRefused(dir, """
                {"contents": [
                  {"id": "s-1", "name": "One", "status": "active"},
                  {"name": "Two", "status": "active"},
                  {"id": "s-1", "name": "Three", "status": "active"},
                  "four"
                ]}""",
                ": error: record 4 is not a service object. Each item in 'contents' must be a service, "
                        + "{ \"id\": ..., \"name\": ... }.",
                ": error: service 'Three' (record 3): the id 's-1' is also the id of record 1. Each service needs its "
                        + "own id; remove the duplicate or correct the id.",
                ": error: service 'Two' (record 2): it has no id. Every Open Referral service must have an id; export "
                        + "the file again from the directory, or add the id.");
    }

    @Test
    void badFieldsNameTheirRecord(@TempDir Path dir) throws Exception {
        assertRefused(dir, """
                [{"id": "s-1", "status": "open", "minimum_age": "five", "attributes": {}}]""",
                ": error: service 's-1' (record 1): 'attributes' is not a list. Write it as a JSON array, [ ... ], as "
                        + "the Open Referral schema says.",
                ": error: service 's-1' (record 1): it has no name. Every Open Referral service must have a name; fix "
                        + "the record in the directory it came from, or remove it from the file.",
                ": error: service 's-1' (record 1): minimum_age 'five' is not a number. Write the age in years, like 16.",
                ": error: service 's-1' (record 1): status 'open' is not one of active, inactive, defunct, temporarily "
                        + "closed. Use one of those words.");
    }

    @Test
    void anUnknownTermInTheSitesOwnTaxonomyIsAnError(@TempDir Path dir) throws Exception {
        assertRefused(dir, """
                {"id": "s-1", "name": "One", "status": "active", "attributes": [
                  {"id": "a", "taxonomy_term": {"id": "t", "name": "Hobbies", "description": "d",
                   "taxonomy": "Testshire SEND Local Offer: categories", "term": "hobbies"}}]}""",
                ": error: service 'One' (record 1): category 'hobbies' in the taxonomy 'Testshire SEND Local Offer: "
                        + "categories' is not in content/data/taxonomy.yml. Add it to content/data/taxonomy.yml, or "
                        + "correct the term in the record.");
    }

    @Test
    void aGoodRecordBecomesAPageThatPassesTheSitesOwnCheck(@TempDir Path dir) throws Exception {
        Path site = site(dir);
        Run r = importing(site, dir, GOOD);
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals("""
                content/services/stammering-group.md: created.
                  from service 'Stammering group' (record 1).
                  mapped: description to summary (first paragraph) and the page text.
                  mapped: the term 'Speech, language and communication' from 'esd' to needs communication, by its name.
                  dropped: the term 'Bereavement' from 'esd', because no category or need in content/data/taxonomy.yml has that name.
                  mapped: categories: [therapy].
                  mapped: needs: [communication].
                  mapped: referral: [parent].
                  mapped: minimum_age and maximum_age to ages.
                  dropped: the service area 'Mars', because it is not one of the localities in site.yml (North Testshire, South Testshire).
                  mapped: service_areas to areas: [north].
                  mapped: organization.name to provider.
                  mapped: cost_options to cost.
                  mapped: phone, email, website to contact.
                  mapped: schedules to opening.
                  mapped: status 'active' to availability open.
                  mapped: assured_date to last_reviewed; review_by is 6 months later.
                  dropped: funding, because a service page has no place for it.
                Imported 1 of 1 services: 1 created, 0 updated, 0 left as they were, 0 not imported.
                """, r.out());
        assertEquals("""
                ---
                title: Stammering group
                type: service
                summary: A weekly group for children who stammer.
                categories: [therapy]
                needs: [communication]
                ages: {from: 7, to: 11}
                areas: [north]
                provider: Testshire Speech Charity
                referral: [parent]
                cost: Free
                contact: {phone: "0100 496 0777", email: "stammer@test.example.org", website: "https://test.example.org/stammer"}
                opening: {hours: "Saturdays, 10am to 11am", term_time_only: true}
                availability: open
                last_reviewed: 2026-10-01
                review_by: 2027-04-01
                status: published
                ---

                Parents can stay and watch.
                """, Files.readString(site.resolve("content/services/stammering-group.md")));
        assertEquals(List.of(), errors(site));
    }

    @Test
    void theProfilesOwnExampleImportsAsADraftWithEveryGuessReported(@TempDir Path dir) throws Exception {
        Path site = site(dir);
        Run r = run("oruk", Path.of("src/test/resources/oruk/service_full.json").toString(), "--source", site.toString());
        assertEquals(0, r.code(), r.err());
        String page = Files.readString(site.resolve("content/services/community-counselling.md"));
        assertTrue(page.contains("\nstatus: draft\n"), page);
        assertTrue(page.contains("\nages: {from: 12, to: 25}\n"), page);
        assertTrue(page.contains("\ncost: per 1 hour session\n"), page);
        assertTrue(r.out().contains("  changed: maximum_age 100 to 25, the oldest age a Local Offer covers.\n"), r.out());
        assertTrue(r.out().contains("  default: referral: [parent], because Open Referral UK has no field for who can ask "
                + "for a service. Say who can.\n"), r.out());
        assertTrue(r.out().contains("  default: status: draft, because some values above are guesses. Check them, then "
                + "set status: published.\n"), r.out());
        assertTrue(r.out().contains("  dropped: accreditations, because a service page has no place for it.\n"), r.out());
        assertEquals(List.of(), errors(site));
    }

    @Test
    void anExistingPageIsLeftAloneWithoutUpdateAndKeepsItsTextWithIt(@TempDir Path dir) throws Exception {
        Path site = site(dir);
        Path page = site.resolve("content/services/stammering-group.md");
        Files.writeString(page, """
                ---
                title: Stammering group
                type: service
                summary: Old summary.
                categories: [health]
                needs: [communication]
                ages: {from: 5, to: 11}
                areas: [north, south]
                provider: Testshire Speech Charity
                referral: [gp, school]
                cost: Free
                contact: {phone: "0100 496 0111"}
                opening: {hours: "Saturdays, 10am to 11am"}
                availability: waiting-list
                waiting_target_weeks: 12
                co_produced_with: [Testshire Parent Forum]
                last_reviewed: 2026-01-01
                review_by: 2026-07-01
                status: published
                ---

                The editor's own words.
                """);
        String before = Files.readString(page);
        Run r = importing(site, dir, GOOD);
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                content/services/stammering-group.md: already exists, not changed. Use --update to replace its front matter and keep its text.
                  from service 'Stammering group' (record 1).
                Imported 0 of 1 services: 0 created, 0 updated, 1 left as they were, 0 not imported.
                """, r.out());
        assertEquals(before, Files.readString(page));

        r = importing(site, dir, GOOD, "--update");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("content/services/stammering-group.md: updated (the page text below the front "
                + "matter was kept).\n"), r.out());
        assertTrue(r.out().contains("  kept: waiting_target_weeks, co_produced_with, which Open Referral does not carry.\n"),
                r.out());
        String after = Files.readString(page);
        assertTrue(after.endsWith("---\n\nThe editor's own words.\n"), after);
        assertTrue(after.contains("\nsummary: A weekly group for children who stammer.\n"), after);
        assertTrue(after.contains("\nages: {from: 7, to: 11}\n"), after);
        assertTrue(after.contains("\nwaiting_target_weeks: 12\n"), after);
        assertTrue(after.contains("\nco_produced_with: [Testshire Parent Forum]\n"), after);
        assertTrue(after.contains("\nstatus: published\n"), after);
        assertEquals(List.of(), errors(site));
    }

    @Test
    void aDefunctServiceIsNotImported(@TempDir Path dir) throws Exception {
        Path site = site(dir);
        Run r = importing(site, dir, "[{\"id\": \"d\", \"name\": \"Gone\", \"status\": \"defunct\"}]");
        assertEquals(0, r.code(), r.err());
        assertEquals("service 'Gone' (record 1): not imported, because its status is defunct: the service no longer runs.\n"
                + "Imported 0 of 1 services: 0 created, 0 updated, 0 left as they were, 1 not imported.\n", r.out());
        assertFalse(Files.exists(site.resolve("content/services/gone.md")));
    }

    private static List<String> errors(Path site) throws Exception {
        return new SiteBuilder().check(site).sorted().stream().filter(Problem::isError).map(Problem::format).toList();
    }
}
