package org.localoffer.oruk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.build.BuildRequest;
import org.localoffer.build.SiteBuilder;
import org.localoffer.cli.ImportCommand;
import org.localoffer.testing.TestSite;
import picocli.CommandLine;

/**
 * Exports the demonstration site, imports the export into an empty site (same settings, data and templates,
 * no pages but a home page), builds that, and checks every service carries the same structured fields: the
 * second export and the JSON-LD on every page are the same as the first, apart from ids made from file names.
 */
class OrukRoundTripIT {

    /** Ids made from the page's address; a page imported under another file name gets other ones. */
    private static final List<String> PAGE_IDS = List.of("id", "service_id", "location_id", "contact_id", "link_id",
            "@id", "url");

    @Test
    void exportImportBakeGivesTheSameStructuredFields(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first");
        new SiteBuilder().build(BuildRequest.production(TestSite.REPO, first));

        Path empty = dir.resolve("empty");
        Files.createDirectories(empty.resolve("content"));
        Files.copy(TestSite.REPO.resolve("site.yml"), empty.resolve("site.yml"));
        copyTree(TestSite.REPO.resolve("templates"), empty.resolve("templates"));
        copyTree(TestSite.REPO.resolve("content/data"), empty.resolve("content/data"));
        // Open Referral UK has no field for waits (the profile removed wait_time), so the imported pages have no
        // waiting_times key and the waiting-list figures, which are for those keys, are not part of the round trip.
        Files.delete(empty.resolve("content/data/waiting-times.csv"));
        // The demonstration home page links to pages the empty site does not have, so it gets a plain one.
        Files.writeString(empty.resolve("content/index.md"), """
                ---
                title: Brackenford SEND Local Offer
                type: page
                summary: Services imported from Open Referral.
                ---
                Every service here came from the Open Referral export of the demonstration site.
                """);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ImportCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("oruk", first.resolve("openreferral/services.json").toString(), "--source", empty.toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().endsWith("Imported 27 of 27 services: 27 created, 0 updated, 0 left as they were, "
                + "0 not imported.\n"), out.toString());
        assertTrue(!out.toString().contains("default:"), "the export carries every field a page needs:\n" + out);

        Path second = dir.resolve("second");
        try {
            new SiteBuilder().build(BuildRequest.production(empty, second));
        } catch (org.localoffer.problem.ProblemsFoundException e) {
            throw new AssertionError(new org.localoffer.problem.ProblemReport(40).format(e.problems()), e);
        }

        Map<String, JsonNode> before = byName(first.resolve("openreferral/services.json"));
        Map<String, JsonNode> after = byName(second.resolve("openreferral/services.json"));
        assertEquals(before.keySet(), after.keySet());
        for (String name : before.keySet()) {
            assertEquals(OrukTrees.pretty(withoutPageIds(before.get(name))), OrukTrees.pretty(withoutPageIds(after.get(name))),
                    name);
        }

        Map<String, JsonNode> ldBefore = jsonLd(first);
        Map<String, JsonNode> ldAfter = jsonLd(second);
        assertEquals(27, ldBefore.size());
        assertEquals(ldBefore.keySet(), ldAfter.keySet());
        for (String name : ldBefore.keySet()) {
            assertEquals(OrukTrees.pretty(withoutPageIds(ldBefore.get(name))), OrukTrees.pretty(withoutPageIds(ldAfter.get(name))),
                    name);
        }
    }

    private static Map<String, JsonNode> byName(Path servicesJson) throws Exception {
        Map<String, JsonNode> out = new TreeMap<>();
        for (JsonNode s : OrukSchemas.MAPPER.readTree(servicesJson.toFile()).get("contents")) {
            out.put(s.get("name").asText(), s);
        }
        return out;
    }

    private static Map<String, JsonNode> jsonLd(Path site) throws Exception {
        Map<String, JsonNode> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site.resolve("services"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals("index.html")).toList()) {
                var script = Jsoup.parse(f.toFile(), "UTF-8").selectFirst("script[type=application/ld+json]");
                if (script != null) {
                    JsonNode ld = OrukSchemas.MAPPER.readTree(script.data());
                    out.put(ld.get("name").asText(), ld);
                }
            }
        }
        return out;
    }

    private static JsonNode withoutPageIds(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy, "");
        return copy;
    }

    /** Organization and taxonomy term ids come from the provider and the term, not the page: they must match. */
    private static void strip(JsonNode node, String field) {
        if (node instanceof ObjectNode o && !field.equals("organization") && !field.equals("taxonomy_term")) {
            o.remove(PAGE_IDS);
        }
        if (node instanceof ObjectNode o) {
            o.properties().forEach(e -> strip(e.getValue(), e.getKey()));
        } else {
            node.forEach(child -> strip(child, field));
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
