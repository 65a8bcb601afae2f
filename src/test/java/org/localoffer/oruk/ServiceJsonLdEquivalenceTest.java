package org.localoffer.oruk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.localoffer.config.Locality;
import org.localoffer.config.SiteConfig;
import org.localoffer.config.SiteConfigReader;
import org.localoffer.content.ContactDetails;
import org.localoffer.content.ContentReader;
import org.localoffer.content.Page;
import org.localoffer.content.PageReader;
import org.localoffer.content.PageType;
import org.localoffer.data.SiteData;
import org.localoffer.data.SiteDataReader;
import org.localoffer.data.Taxonomy;
import org.localoffer.data.Term;
import org.localoffer.problem.Problems;
import org.localoffer.testing.TestSite;

/**
 * The JSON-LD written straight to a generator is the same text, character for character, as the tree it replaced
 * (kept here as {@link #treeText}) wrote and then escaped for a script element in a second pass.
 */
class ServiceJsonLdEquivalenceTest {

    private static final String[] AWKWARD = {
        "Plain words", "Ends </script><script>alert('x')</script> & <!-- too", "Quotes \"here\" and \\ backslash",
        "Line\u2028and\u2029paragraph", "Tab\tand\nnew line\u0001control", "£10 – “curly” café 😀", "a&b<c>d", "",
    };

    @Test
    void everyDemonstrationServiceIsWrittenAsTheTreeWroteIt() throws Exception {
        Problems problems = new Problems();
        SiteConfig site = new SiteConfigReader().read(TestSite.REPO, problems).orElseThrow();
        SiteData data = new SiteDataReader().read(TestSite.REPO, problems).orElseThrow();
        List<Page> services = new ContentReader(new PageReader(site, data)).read(TestSite.REPO, problems).pages().stream()
                .filter(p -> p.type() == PageType.SERVICE).toList();
        assertTrue(services.size() > 10, "the demonstration site has services");
        ServiceJsonLd ld = new ServiceJsonLd(site, data);
        for (Page page : services) {
            assertEquals(treeText(site, data, page), ld.write(page), page.sourcePath());
        }
    }

    @Test
    void awkwardTextIsWrittenAsTheTreeWroteIt() throws Exception {
        Problems problems = new Problems();
        SiteConfig site = new SiteConfigReader().read(TestSite.REPO, problems).orElseThrow();
        SiteData data = new SiteDataReader().read(TestSite.REPO, problems).orElseThrow();
        Page base = new ContentReader(new PageReader(site, data)).read(TestSite.REPO, problems).pages().stream()
                .filter(p -> p.type() == PageType.SERVICE).findFirst().orElseThrow();
        ServiceJsonLd ld = new ServiceJsonLd(site, data);
        int n = 0;
        for (String text : AWKWARD) {
            for (int shape = 0; shape < 8; shape++) {
                ContactDetails contact = new ContactDetails(
                        (shape & 1) == 0 ? text : null,
                        (shape & 2) == 0 ? text + "@example.org" : null,
                        (shape & 4) == 0 ? "https://example.org/" + text : null,
                        switch (shape % 3) {
                            case 0 -> null;
                            case 1 -> text + ", 12 Mill Lane, Fenwick BR3 2QT";
                            default -> text;
                        });
                Page page = withText(base, text, contact, shape % 2 == 0 ? "Free" : text,
                        shape < 4 ? List.of("any") : base.needs());
                assertEquals(treeText(site, data, page), ld.write(page), text + " / " + shape);
                n++;
            }
        }
        assertEquals(AWKWARD.length * 8, n);
    }

    private static Page withText(Page p, String text, ContactDetails contact, String cost, List<String> needs) {
        return new Page(p.sourcePath(), p.url(), PageType.SERVICE, text, text, p.categories(), needs, p.ages(), p.areas(),
                text, p.referral(), cost, contact, p.opening(), p.availability(), p.waitingTimes(), p.waitingTargetWeeks(),
                p.figures(), p.audience(), p.coProducedWith(), p.lastReviewed(), p.reviewBy(), p.date(), p.statutory(),
                p.draft(), p.markdown(), p.bodyStartLine(), p.lines(), p.changes());
    }

    // The tree ServiceJsonLd built before it wrote straight to a generator, and the escaping pass after it.

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    static String treeText(SiteConfig site, SiteData data, Page page) throws Exception {
        return OrukTrees.MAPPER.writeValueAsString(node(site, data, page)).replace("<", "\\u003c")
                .replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static ObjectNode node(SiteConfig site, SiteData data, Page page) {
        String url = site.baseUrlWithoutSlash() + page.url();
        ObjectNode s = JSON.objectNode();
        s.put("@context", "https://schema.org");
        s.put("@type", "GovernmentService");
        s.put("@id", url + "#service");
        s.put("name", page.title());
        s.put("description", page.summary());
        s.put("url", url);
        ObjectNode provider = s.putObject("provider");
        provider.put("@type", "Organization");
        provider.put("name", page.provider());
        ArrayNode areas = s.putArray("areaServed");
        for (String id : page.areas()) {
            Locality l = site.locality(id).orElseThrow();
            ObjectNode a = areas.addObject();
            a.put("@type", "AdministrativeArea");
            a.put("name", l.name());
            if (l.description() != null) {
                a.put("description", l.description());
            }
        }
        ObjectNode audience = s.putObject("audience");
        audience.put("@type", "PeopleAudience");
        audience.put("suggestedMinAge", page.ages().from());
        audience.put("suggestedMaxAge", page.ages().to());
        ArrayNode needs = audience.putArray("healthCondition");
        for (String id : page.needs()) {
            Optional<Term> need = Taxonomy.find(data.taxonomy().needs(), id);
            if (need.isPresent() && !id.equals("any")) {
                needs.addObject().put("@type", "MedicalCondition").put("name", need.get().name());
            }
        }
        if (needs.isEmpty()) {
            audience.remove("healthCondition");
        }
        ArrayNode categories = s.putArray("category");
        page.categories().forEach(id -> categories.add(Taxonomy.find(data.taxonomy().categories(), id)
                .map(Term::name).orElse(id)));
        s.set("availableChannel", channel(page));
        ObjectNode offer = s.putObject("offers");
        offer.put("@type", "Offer");
        offer.put("description", page.cost());
        if (page.cost().strip().equalsIgnoreCase("free")) {
            offer.put("price", 0);
            offer.put("priceCurrency", "GBP");
        }
        return s;
    }

    private static ObjectNode channel(Page page) {
        ContactDetails c = page.contact();
        ObjectNode ch = JSON.objectNode();
        ch.put("@type", "ServiceChannel");
        if (c.website() != null) {
            ch.put("serviceUrl", c.website());
        }
        if (c.phone() != null || c.email() != null) {
            ObjectNode point = ch.putObject("servicePhone");
            point.put("@type", "ContactPoint");
            if (c.phone() != null) {
                point.put("telephone", c.phone());
            }
            if (c.email() != null) {
                point.put("email", c.email());
            }
            ObjectNode hours = point.putObject("hoursAvailable");
            hours.put("@type", "OpeningHoursSpecification");
            hours.put("description", page.opening().hours());
        }
        if (c.address() != null) {
            ObjectNode place = ch.putObject("serviceLocation");
            place.put("@type", "Place");
            Optional<UkAddress> parsed = UkAddress.parse(c.address());
            place.put("name", parsed.map(UkAddress::firstLine).orElse(c.address()));
            ObjectNode address = place.putObject("address");
            address.put("@type", "PostalAddress");
            if (parsed.isPresent()) {
                address.put("streetAddress", parsed.get().lines());
                address.put("addressLocality", parsed.get().town());
                address.put("postalCode", parsed.get().postcode());
                address.put("addressCountry", "GB");
            } else {
                address.put("description", c.address());
            }
        }
        return ch;
    }
}
