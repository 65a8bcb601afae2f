package org.localoffer.oruk;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.localoffer.config.Locality;
import org.localoffer.config.SiteConfig;
import org.localoffer.content.Availability;
import org.localoffer.content.ContactDetails;
import org.localoffer.content.Opening;
import org.localoffer.content.Page;
import org.localoffer.data.SiteData;
import org.localoffer.data.Taxonomy;
import org.localoffer.data.Term;

/**
 * One service page as an Open Referral UK 3.0 service record, with everything nested the way
 * {@code GET /services/{id}} returns it: organization, schedules, service areas, location, cost, contact
 * and taxonomy terms. What ORUK has no field for (referral routes, availability, term-time opening) is
 * carried as terms of the site's own taxonomies or as schedule notes, in words an importer can read back.
 */
public final class ServiceRecordWriter {

    /** The schedule note for a term-time-only service; {@link OrukImporter} reads it back. */
    public static final String TERM_TIME_ONLY = "Term time only: the service closes in school holidays.";
    /** Starts the schedule note that says what happens in school holidays. */
    public static final String HOLIDAYS = "In school holidays: ";
    /** An organization's description, which ORUK requires and a page does not have. */
    static final String ORGANIZATION_DESCRIPTION = "%s provides services listed in the %s.";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final SiteConfig site;
    private final SiteData data;
    private final String base;

    public ServiceRecordWriter(SiteConfig site, SiteData data) {
        this.site = site;
        this.data = data;
        this.base = site.baseUrlWithoutSlash();
    }

    /** The service's id: a name-based UUID of its page address, which comes from its file path. */
    public String serviceId(Page page) {
        return OrukIds.forUrl(base + page.url());
    }

    /** The organization id for a provider: the same provider name gives the same id on every page. */
    public String organizationId(String provider) {
        return OrukIds.forUrl(base + "/openreferral/organizations/" + slug(provider));
    }

    public String taxonomyId(OrukVocabulary vocabulary) {
        return OrukIds.forUrl(base + "/openreferral/taxonomies/" + vocabulary.key());
    }

    public String termId(OrukVocabulary vocabulary, String termId) {
        return OrukIds.forUrl(base + "/openreferral/taxonomies/" + vocabulary.key() + "/" + termId);
    }

    public ObjectNode write(Page page) {
        String id = serviceId(page);
        String pageUrl = base + page.url();
        ObjectNode s = JSON.objectNode();
        s.put("id", id);
        s.put("organization_id", organizationId(page.provider()));
        s.put("name", page.title());
        s.put("description", page.summary());
        ContactDetails contact = page.contact();
        if (contact.website() != null) {
            s.put("url", contact.website());
        }
        if (contact.email() != null) {
            s.put("email", contact.email());
        }
        s.put("status", status(page.availability()));
        s.put("minimum_age", page.ages().from());
        s.put("maximum_age", page.ages().to());
        if (page.lastReviewed() != null) {
            s.put("assured_date", page.lastReviewed().toString());
        }
        if (page.availability() != Availability.OPEN) {
            s.put("alert", page.availability().label() + ".");
        }
        s.set("schedules", schedules(page, id, pageUrl));
        s.set("service_areas", serviceAreas(page, id, pageUrl));
        s.set("service_at_locations", locations(page, id, pageUrl));
        s.set("organization", organization(page.provider()));
        s.set("cost_options", costOptions(page, id, pageUrl));
        s.set("contacts", contacts(page, id, pageUrl));
        s.set("attributes", attributes(page, id, pageUrl));
        return s;
    }

    /** The taxonomy record for one of the site's vocabularies, with every term. */
    public ObjectNode taxonomy(OrukVocabulary vocabulary) {
        ObjectNode t = JSON.objectNode();
        t.put("id", taxonomyId(vocabulary));
        t.put("name", vocabulary.taxonomyName(site.siteTitle()));
        t.put("description", vocabulary.description(site.siteTitle()));
        t.put("uri", base + OrukExporter.FOLDER_URL + "taxonomies/" + taxonomyId(vocabulary) + ".json");
        ArrayNode terms = t.putArray("taxonomy_terms");
        vocabulary.terms(data).forEach(term -> terms.add(term(vocabulary, term)));
        return t;
    }

    static String status(Availability availability) {
        return switch (availability) {
            case OPEN, WAITING_LIST -> "active";
            case PAUSED -> "temporarily closed";
            case CLOSED -> "inactive";
        };
    }

    private ArrayNode schedules(Page page, String serviceId, String pageUrl) {
        Opening o = page.opening();
        ObjectNode s = JSON.objectNode();
        s.put("id", OrukIds.forUrl(pageUrl + "#schedule"));
        s.put("service_id", serviceId);
        Optional<OpeningHours> structured = OpeningHours.parse(o.hours());
        structured.ifPresent(h -> {
            s.put("freq", "WEEKLY");
            s.put("interval", 1);
            s.put("byday", h.byDay());
            s.put("opens_at", h.opensAt());
            s.put("closes_at", h.closesAt());
        });
        s.put("description", o.hours());
        String notes = (o.termTimeOnly() ? TERM_TIME_ONLY : "")
                + (o.holidayCover() == null ? "" : (o.termTimeOnly() ? " " : "") + HOLIDAYS + o.holidayCover());
        if (!notes.isEmpty()) {
            s.put("notes", notes);
        }
        return JSON.arrayNode().add(s);
    }

    private ArrayNode serviceAreas(Page page, String serviceId, String pageUrl) {
        ArrayNode out = JSON.arrayNode();
        for (String area : page.areas()) {
            Locality l = site.locality(area).orElseThrow();
            ObjectNode a = out.addObject();
            a.put("id", OrukIds.forUrl(pageUrl + "#service_area/" + area));
            a.put("service_id", serviceId);
            a.put("name", l.name());
            if (l.description() != null) {
                a.put("service_area", l.description());
            }
            a.put("uri", base + "/services/area/" + area + "/");
        }
        return out;
    }

    private ArrayNode locations(Page page, String serviceId, String pageUrl) {
        ArrayNode out = JSON.arrayNode();
        String text = page.contact().address();
        if (text == null) {
            return out;
        }
        String locationId = OrukIds.forUrl(pageUrl + "#location");
        ObjectNode sal = out.addObject();
        sal.put("id", OrukIds.forUrl(pageUrl + "#service_at_location"));
        sal.put("service_id", serviceId);
        sal.put("location_id", locationId);
        ObjectNode loc = sal.putObject("location");
        loc.put("id", locationId);
        loc.put("location_type", "physical");
        Optional<UkAddress> parsed = UkAddress.parse(text);
        loc.put("name", parsed.map(UkAddress::firstLine).orElse(text));
        loc.put("description", text);
        parsed.ifPresent(a -> {
            ObjectNode ad = loc.putArray("addresses").addObject();
            ad.put("id", OrukIds.forUrl(pageUrl + "#address"));
            ad.put("location_id", locationId);
            ad.put("address_1", a.lines());
            ad.put("city", a.town());
            // ORUK requires a state or province; a Local Offer's services are in its local area.
            ad.put("state_province", site.areaName());
            ad.put("postal_code", a.postcode());
            ad.put("country", "GB");
            ad.put("address_type", "physical");
        });
        return out;
    }

    private ObjectNode organization(String provider) {
        ObjectNode o = JSON.objectNode();
        o.put("id", organizationId(provider));
        o.put("name", provider);
        o.put("description", String.format(Locale.ROOT, ORGANIZATION_DESCRIPTION, provider, site.siteTitle()));
        return o;
    }

    private ArrayNode costOptions(Page page, String serviceId, String pageUrl) {
        ObjectNode c = JSON.objectNode();
        c.put("id", OrukIds.forUrl(pageUrl + "#cost_option"));
        c.put("service_id", serviceId);
        if (page.cost().strip().equalsIgnoreCase("free")) {
            c.put("amount", 0);
        }
        c.put("amount_description", page.cost());
        return JSON.arrayNode().add(c);
    }

    private ArrayNode contacts(Page page, String serviceId, String pageUrl) {
        ArrayNode out = JSON.arrayNode();
        String phone = page.contact().phone();
        if (phone == null) {
            return out;
        }
        String contactId = OrukIds.forUrl(pageUrl + "#contact");
        ObjectNode c = out.addObject();
        c.put("id", contactId);
        c.put("service_id", serviceId);
        c.put("name", page.title());
        // The UK profile keeps the phone table (with contact_id) but its nested contact lists no phones; they
        // are nested here as HSDS 3.0 does, because a phone number is what families need most.
        ObjectNode p = c.putArray("phones").addObject();
        p.put("id", OrukIds.forUrl(pageUrl + "#phone"));
        p.put("contact_id", contactId);
        p.put("number", phone);
        return out;
    }

    private ArrayNode attributes(Page page, String serviceId, String pageUrl) {
        ArrayNode out = JSON.arrayNode();
        add(out, OrukVocabulary.CATEGORIES, page.categories(), serviceId, pageUrl);
        add(out, OrukVocabulary.NEEDS, page.needs(), serviceId, pageUrl);
        add(out, OrukVocabulary.REFERRAL, page.referral(), serviceId, pageUrl);
        add(out, OrukVocabulary.AVAILABILITY, List.of(page.availability().id()), serviceId, pageUrl);
        return out;
    }

    private void add(ArrayNode out, OrukVocabulary vocabulary, List<String> ids, String serviceId, String pageUrl) {
        List<Term> terms = vocabulary.terms(data);
        for (String id : ids) {
            Term term = Taxonomy.find(terms, id).orElseThrow();
            ObjectNode a = out.addObject();
            a.put("id", OrukIds.forUrl(pageUrl + "#attribute/" + vocabulary.key() + "/" + id));
            a.put("link_id", serviceId);
            a.put("link_type", "service");
            a.put("taxonomy_term_id", termId(vocabulary, id));
            a.set("taxonomy_term", term(vocabulary, term));
        }
    }

    private ObjectNode term(OrukVocabulary vocabulary, Term term) {
        ObjectNode t = JSON.objectNode();
        t.put("id", termId(vocabulary, term.id()));
        t.put("name", term.name());
        t.put("description", term.description() == null || term.description().isBlank() ? term.name() : term.description());
        t.put("taxonomy", vocabulary.taxonomyName(site.siteTitle()));
        t.put("taxonomy_id", taxonomyId(vocabulary));
        String termPage = vocabulary.termPage(term.id());
        if (termPage != null) {
            t.put("term_uri", base + termPage);
        }
        t.put("term", term.id());
        return t;
    }

    /** "Brackenford Community Health NHS Trust" as "brackenford-community-health-nhs-trust". */
    public static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace("&", " and ").replace("'", "").replace("\u2019", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "service" : s;
    }
}
