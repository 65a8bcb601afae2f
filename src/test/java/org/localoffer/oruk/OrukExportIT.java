package org.localoffer.oruk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.build.BuildRequest;
import org.localoffer.build.SiteBuilder;
import org.localoffer.testing.TestSite;

/** Builds the demonstration site and checks its Open Referral export and its schema.org JSON-LD. */
class OrukExportIT {

    static final int DEMO_SERVICES = 27;
    static final String BASE = "https://localoffer.brackenford.example.org";

    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        out = dir.resolve("out");
        new SiteBuilder().build(BuildRequest.production(TestSite.REPO, out));
    }

    static JsonNode json(String path) throws Exception {
        return OrukSchemas.MAPPER.readTree(out.resolve(path).toFile());
    }

    @Test
    void everyExportedServiceIsValidAgainstTheOfficialSchemaWithZeroErrors() throws Exception {
        List<String> errors = new ArrayList<>();
        int records = 0;
        int phones = 0;
        try (Stream<Path> files = Files.list(out.resolve("openreferral/services"))) {
            for (Path f : files.sorted().toList()) {
                JsonNode s = OrukSchemas.MAPPER.readTree(f.toFile());
                records++;
                OrukSchemas.errors(OrukSchemas.SERVICE, s).forEach(e -> errors.add(f.getFileName() + ": " + e));
                for (JsonNode c : s.get("contacts")) {
                    for (JsonNode p : c.path("phones")) {
                        phones++;
                        OrukSchemas.errors(OrukSchemas.PHONE, p).forEach(e -> errors.add(f.getFileName() + " phone: " + e));
                    }
                }
                for (JsonNode a : s.get("attributes")) {
                    OrukSchemas.errors(OrukSchemas.TAXONOMY_TERM, a.get("taxonomy_term"))
                            .forEach(e -> errors.add(f.getFileName() + " term: " + e));
                }
            }
        }
        JsonNode list = json("openreferral/services.json");
        for (JsonNode s : list.get("contents")) {
            OrukSchemas.errors(OrukSchemas.SERVICE_LIST_ITEM, s).forEach(e -> errors.add("services.json: " + e));
            OrukSchemas.errors(OrukSchemas.SERVICE, s).forEach(e -> errors.add("services.json: " + e));
        }
        for (JsonNode t : json("openreferral/taxonomies.json").get("contents")) {
            OrukSchemas.errors(OrukSchemas.TAXONOMY, t).forEach(e -> errors.add("taxonomies.json: " + e));
            t.get("taxonomy_terms").forEach(term -> OrukSchemas.errors(OrukSchemas.TAXONOMY_TERM, term)
                    .forEach(e -> errors.add("taxonomies.json term: " + e)));
        }
        assertEquals(List.of(), errors);
        assertEquals(DEMO_SERVICES, records);
        assertEquals(DEMO_SERVICES, phones, "every demonstration service has a phone number");
    }

    @Test
    void theSchemaCheckCatchesABrokenRecord() throws Exception {
        // So a green test above means something: the same check fails a record that breaks the rules.
        com.fasterxml.jackson.databind.node.ObjectNode s = (com.fasterxml.jackson.databind.node.ObjectNode)
                json("openreferral/services.json").get("contents").get(0).deepCopy();
        s.put("status", "open");
        s.put("id", "not-a-uuid");
        s.remove("name");
        List<String> errors = OrukSchemas.errors(OrukSchemas.SERVICE, s);
        assertEquals(3, errors.size(), errors.toString());
    }

    @Test
    void theListHasTheApiPageShapeAndTheSameRecordsAsTheServiceFiles() throws Exception {
        JsonNode list = json("openreferral/services.json");
        assertEquals(DEMO_SERVICES, list.get("total_items").asInt());
        assertEquals(1, list.get("total_pages").asInt());
        assertEquals(1, list.get("page_number").asInt());
        assertEquals(DEMO_SERVICES, list.get("size").asInt());
        assertTrue(list.get("first_page").asBoolean());
        assertTrue(list.get("last_page").asBoolean());
        assertFalse(list.get("empty").asBoolean());
        Set<String> ids = new HashSet<>();
        for (JsonNode s : list.get("contents")) {
            String id = s.get("id").asText();
            assertTrue(ids.add(id), "duplicate id " + id);
            assertEquals(s, json("openreferral/services/" + id + ".json"));
        }
        JsonNode index = json("openreferral/index.json");
        assertEquals("3.0", index.get("version").asText());
        assertEquals(OrukExporter.OPENAPI_URL, index.get("openapi_url").asText());
        assertEquals(BASE + "/openreferral/services.json", index.get("services_url").asText());
        assertEquals(DEMO_SERVICES, index.get("total_services").asInt());
    }

    @Test
    void idsAreNameBasedUuidsOfThePageAddressSoTheyAreStable() throws Exception {
        String id = OrukIds.forUrl(BASE + "/services/speech-and-language-therapy/");
        assertEquals('5', id.charAt(14), "version 5");
        JsonNode s = json("openreferral/services/" + id + ".json");
        assertEquals("Speech and language therapy", s.get("name").asText());
        // RFC 9562 appendix: the URL-namespace example ("www.example.com" in the DNS namespace is 2ed6657d-...).
        assertEquals("2ed6657d-e927-568b-95e1-2665a8aea6a2",
                OrukIds.nameBased(java.util.UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com").toString());
    }

    @Test
    void aServiceCarriesEveryStructuredFieldOfItsPage() throws Exception {
        JsonNode s = json("openreferral/services/" + OrukIds.forUrl(BASE + "/services/speech-and-language-therapy/") + ".json");
        assertEquals("Help for children and young people who find talking, understanding, eating or drinking hard.",
                s.get("description").asText());
        assertEquals("https://www.bnhs.example.org/slt", s.get("url").asText());
        assertEquals("slt@bnhs.example.org", s.get("email").asText());
        assertEquals("active", s.get("status").asText());
        assertEquals("Waiting list.", s.get("alert").asText());
        assertEquals(0, s.get("minimum_age").asInt());
        assertEquals(19, s.get("maximum_age").asInt());
        assertEquals("2026-09-14", s.get("assured_date").asText());
        assertEquals("Brackenford Community Health NHS Trust", s.get("organization").get("name").asText());
        assertEquals(s.get("organization_id"), s.get("organization").get("id"));
        JsonNode schedule = s.get("schedules").get(0);
        assertEquals("Monday to Friday, 8:30am to 5pm", schedule.get("description").asText());
        assertEquals("WEEKLY", schedule.get("freq").asText());
        assertEquals("MO,TU,WE,TH,FR", schedule.get("byday").asText());
        assertEquals("08:30", schedule.get("opens_at").asText());
        assertEquals("17:00", schedule.get("closes_at").asText());
        assertEquals("In school holidays: A duty therapist answers the phone in school holidays.", schedule.get("notes").asText());
        assertEquals(List.of("North Brackenford", "South Brackenford"), texts(s.get("service_areas"), "name"));
        JsonNode address = s.get("service_at_locations").get(0).get("location").get("addresses").get(0);
        assertEquals("Fenwick Health Centre, 12 Mill Lane", address.get("address_1").asText());
        assertEquals("Fenwick", address.get("city").asText());
        assertEquals("BR3 2QT", address.get("postal_code").asText());
        assertEquals("GB", address.get("country").asText());
        assertEquals(0, s.get("cost_options").get(0).get("amount").asInt());
        assertEquals("Free", s.get("cost_options").get(0).get("amount_description").asText());
        assertEquals("0100 496 0231", s.get("contacts").get(0).get("phones").get(0).get("number").asText());
        List<String> terms = new ArrayList<>();
        for (JsonNode a : s.get("attributes")) {
            assertEquals(s.get("id"), a.get("link_id"));
            assertEquals(a.get("taxonomy_term_id"), a.get("taxonomy_term").get("id"));
            terms.add(a.get("taxonomy_term").get("taxonomy").asText().replace("Brackenford SEND Local Offer: ", "")
                    + "/" + a.get("taxonomy_term").get("term").asText());
        }
        assertEquals(List.of("categories/health", "categories/therapy", "needs/communication", "needs/autism",
                "needs/learning", "referral/parent", "referral/gp", "referral/health-visitor", "referral/nursery",
                "referral/school", "referral/paediatrician", "availability/waiting-list"), terms);
    }

    @Test
    void everyServicePageCarriesSchemaOrgJsonLdThatParses() throws Exception {
        int pages = 0;
        try (Stream<Path> dirs = Files.list(out.resolve("services"))) {
            for (Path d : dirs.sorted().toList()) {
                Path html = d.resolve("index.html");
                if (!Files.isRegularFile(html)) {
                    continue;
                }
                Document doc = Jsoup.parse(html.toFile(), "UTF-8");
                boolean isService = doc.selectFirst(".caption:containsOwn(Service)") != null;
                List<Element> blocks = doc.select("script[type=application/ld+json]");
                if (!isService) {
                    continue;
                }
                pages++;
                assertEquals(1, blocks.size(), d.toString());
                JsonNode ld = OrukSchemas.MAPPER.readTree(blocks.get(0).data());
                assertEquals("https://schema.org", ld.get("@context").asText());
                assertEquals("GovernmentService", ld.get("@type").asText());
                assertEquals(doc.selectFirst("h1").text(), ld.get("name").asText());
                assertEquals("Organization", ld.get("provider").get("@type").asText());
                assertEquals("PeopleAudience", ld.get("audience").get("@type").asText());
                assertTrue(ld.get("audience").get("suggestedMaxAge").isInt(), d.toString());
                assertFalse(ld.get("areaServed").isEmpty(), d.toString());
                assertTrue(ld.get("availableChannel").has("servicePhone"), d.toString());
            }
        }
        assertEquals(DEMO_SERVICES, pages);
        JsonNode ld = OrukSchemas.MAPPER.readTree(Jsoup.parse(out.resolve("services/speech-and-language-therapy/index.html")
                .toFile(), "UTF-8").selectFirst("script[type=application/ld+json]").data());
        assertEquals(BASE + "/services/speech-and-language-therapy/", ld.get("url").asText());
        assertEquals("Brackenford Community Health NHS Trust", ld.get("provider").get("name").asText());
        assertEquals(0, ld.get("audience").get("suggestedMinAge").asInt());
        assertEquals(19, ld.get("audience").get("suggestedMaxAge").asInt());
        assertEquals(List.of("North Brackenford", "South Brackenford"), texts(ld.get("areaServed"), "name"));
        assertEquals("0100 496 0231", ld.get("availableChannel").get("servicePhone").get("telephone").asText());
        assertEquals("BR3 2QT", ld.get("availableChannel").get("serviceLocation").get("address").get("postalCode").asText());
        assertNotEquals(null, ld.get("offers"));
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }
}
