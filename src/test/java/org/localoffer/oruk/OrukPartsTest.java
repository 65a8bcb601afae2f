package org.localoffer.oruk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.config.SiteConfig;
import org.localoffer.config.SiteConfigReader;
import org.localoffer.content.Page;
import org.localoffer.content.PageReader;
import org.localoffer.data.SiteData;
import org.localoffer.data.SiteDataReader;
import org.localoffer.problem.Problems;
import org.localoffer.testing.TestSite;

/** The small parts of the Open Referral export, with literal input and exact output. */
class OrukPartsTest {

    @Test
    void simpleOpeningHoursBecomeScheduleFieldsAndOthersStayText() {
        assertEquals(Optional.of(new OpeningHours("MO,TU,WE,TH,FR", "09:00", "17:00")),
                OpeningHours.parse("Monday to Friday, 9am to 5pm"));
        assertEquals(Optional.of(new OpeningHours("MO,TU,WE,TH,FR,SA,SU", "08:00", "20:00")),
                OpeningHours.parse("Every day, 8am to 8pm"));
        assertEquals(Optional.of(new OpeningHours("SA", "09:30", "12:00")), OpeningHours.parse("Saturday, 9:30am to midday"));
        assertEquals(Optional.empty(), OpeningHours.parse("Monday to Friday, 8:30am to 5pm, and Saturday, 9am to midday"));
        assertEquals(Optional.empty(), OpeningHours.parse("Meetings every other Wednesday, 4:30pm to 6:30pm"));
        assertEquals(Optional.empty(), OpeningHours.parse("Friday to Monday, 9am to 5pm"));
        assertEquals(Optional.empty(), OpeningHours.parse("Monday, 5pm to 9am"));
    }

    @Test
    void timesAreWrittenWithTwoDigitsForHoursAndMinutes() {
        assertEquals(Optional.of("00:00"), OpeningHours.time("12am"));
        assertEquals(Optional.of("12:00"), OpeningHours.time("12pm"));
        assertEquals(Optional.of("22:05"), OpeningHours.time("10:05pm"));
        assertEquals(Optional.of("07:59"), OpeningHours.time("7:59am"));
        assertEquals(Optional.empty(), OpeningHours.time("7:60am"));
        assertEquals(Optional.empty(), OpeningHours.time("13pm"));
    }

    @Test
    void onlyAddressesEndingInATownAndPostcodeAreSplit() {
        UkAddress a = UkAddress.parse("Fenwick Health Centre, 12 Mill Lane, Fenwick BR3 2QT").orElseThrow();
        assertEquals(new UkAddress("Fenwick Health Centre, 12 Mill Lane", "Fenwick", "BR3 2QT"), a);
        assertEquals("Fenwick Health Centre", a.firstLine());
        assertEquals("Fenwick Health Centre, 12 Mill Lane, Fenwick BR3 2QT", a.text());
        assertEquals(Optional.empty(), UkAddress.parse("Town Hall, Market Street"));
        assertEquals(Optional.empty(), UkAddress.parse("BR3 2QT"));
        assertEquals(Optional.empty(), UkAddress.parse("12 Mill Lane, , Fenwick BR3 2QT"));
    }

    @Test
    void idsAreVersion5UuidsOfTheAddress() {
        // Python's uuid.uuid5(uuid.NAMESPACE_URL, "https://example.org/services/a/") gives the same.
        assertEquals("69176c6c-529e-5296-bbcd-75eb78f31b1e", OrukIds.forUrl("https://example.org/services/a/"));
        assertFalse(OrukIds.forUrl("https://example.org/services/a/").equals(OrukIds.forUrl("https://example.org/services/b/")));
    }

    @Test
    void yamlScalarsAreQuotedOnlyWhenTheyMustBe() {
        assertEquals("Speech and language therapy", PageText.scalar("Speech and language therapy"));
        assertEquals("Free. You get a £10 voucher for each meeting.", PageText.scalar("Free. You get a £10 voucher for each meeting."));
        assertEquals("\"Note: read this\"", PageText.scalar("Note: read this"));
        assertEquals("\"no\"", PageText.scalar("no"));
        assertEquals("\"2026\"", PageText.scalar("2026"));
        assertEquals("\"Say \\\"hello\\\" # now\"", PageText.scalar("Say \"hello\" # now"));
        assertEquals(Map.of("title", "title: A", "contact", "contact:\n  phone: \"1\"\n# note", "status", "status: draft"),
                PageText.blocks("title: A\ncontact:\n  phone: \"1\"\n# note\nstatus: draft\n"));
    }

    @Test
    void htmlDescriptionsBecomeParagraphsOfText() {
        assertEquals(List.of("First & best.", "Second line", "third"),
                ServiceRecordReader.paragraphs("<p>First &amp; best.</p><p>Second line</p><ul><li>third</li></ul>"));
        assertEquals(List.of("One.", "Two."), ServiceRecordReader.paragraphs("One.\n\n\n  Two.  "));
    }

    @Test
    void jsonLdCanNeverCloseItsScriptElement(@TempDir Path dir) throws Exception {
        TestSite.create(dir);
        Problems problems = new Problems();
        SiteConfig site = new SiteConfigReader().read(dir, problems).orElseThrow();
        SiteData data = new SiteDataReader().read(dir, problems).orElseThrow();
        String summary = "Ends here </script><script>alert('x')</script> & <!-- too";
        Page page = new PageReader(site, data).read("services/x.md", """
                ---
                title: X
                type: service
                summary: "%s"
                categories: [health]
                needs: [autism]
                ages: {from: 2, to: 9}
                areas: [north]
                provider: Testshire Council
                referral: [parent]
                cost: Free
                contact: {phone: "0100 496 0000", address: "Unit 1, 2 Road, Town AB1 2CD"}
                opening: {hours: "Monday, 9am to 5pm"}
                availability: open
                last_reviewed: 2026-09-01
                review_by: 2027-03-01
                ---
                Text.
                """.formatted(summary), problems).orElseThrow(() -> new AssertionError(problems.sorted()));
        String json = new ServiceJsonLd(site, data).write(page);
        assertFalse(json.contains("<"), json);
        assertFalse(json.contains(">"), json);
        assertFalse(json.contains("&"), json);
        JsonNode ld = OrukTrees.MAPPER.readTree(json);
        assertEquals(summary, ld.get("description").asText());
        assertEquals("https://localoffer.test.example.org/services/x/", ld.get("url").asText());
        assertEquals(2, ld.get("audience").get("suggestedMinAge").asInt());
        assertEquals(9, ld.get("audience").get("suggestedMaxAge").asInt());
        assertEquals("Autism", ld.get("audience").get("healthCondition").get(0).get("name").asText());
        assertEquals("North Testshire", ld.get("areaServed").get(0).get("name").asText());
        assertEquals("AB1 2CD", ld.get("availableChannel").get("serviceLocation").get("address").get("postalCode").asText());
        assertEquals(0, ld.get("offers").get("price").asInt());
    }
}
