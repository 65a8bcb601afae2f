package org.localoffer.oruk;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

    private final SiteConfig site;
    private final SiteData data;
    private final String base;
    /** Ids and words that many records share, worked out once per export (records are written on every core). */
    private final Map<String, String> organizationIds = new ConcurrentHashMap<>();
    private final Map<String, String> organizationDescriptions = new ConcurrentHashMap<>();
    private final Map<OrukVocabulary, String> taxonomyIds = new ConcurrentHashMap<>();
    private final Map<String, String> termIds = new ConcurrentHashMap<>();

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
        return organizationIds.computeIfAbsent(provider,
                p -> OrukIds.forUrl(base + "/openreferral/organizations/" + slug(p)));
    }

    public String taxonomyId(OrukVocabulary vocabulary) {
        return taxonomyIds.computeIfAbsent(vocabulary,
                v -> OrukIds.forUrl(base + "/openreferral/taxonomies/" + v.key()));
    }

    public String termId(OrukVocabulary vocabulary, String termId) {
        return termIds.computeIfAbsent(vocabulary.key() + "/" + termId,
                key -> OrukIds.forUrl(base + "/openreferral/taxonomies/" + key));
    }

    /** The service's record as indented JSON text, as {@code GET /services/{id}} returns it. */
    public String write(Page page) {
        return OrukJson.pretty(json -> write(page, json));
    }

    private void write(Page page, JsonGenerator json) throws IOException {
        String id = serviceId(page);
        String pageUrl = base + page.url();
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("organization_id", organizationId(page.provider()));
        json.writeStringField("name", page.title());
        json.writeStringField("description", page.summary());
        ContactDetails contact = page.contact();
        if (contact.website() != null) {
            json.writeStringField("url", contact.website());
        }
        if (contact.email() != null) {
            json.writeStringField("email", contact.email());
        }
        json.writeStringField("status", status(page.availability()));
        json.writeNumberField("minimum_age", page.ages().from());
        json.writeNumberField("maximum_age", page.ages().to());
        if (page.lastReviewed() != null) {
            json.writeStringField("assured_date", page.lastReviewed().toString());
        }
        if (page.availability() != Availability.OPEN) {
            json.writeStringField("alert", page.availability().label() + ".");
        }
        schedules(json, page, id, pageUrl);
        serviceAreas(json, page, id, pageUrl);
        locations(json, page, id, pageUrl);
        json.writeFieldName("organization");
        organization(json, page.provider());
        costOptions(json, page, id, pageUrl);
        contacts(json, page, id, pageUrl);
        attributes(json, page, id, pageUrl);
        json.writeEndObject();
    }

    /** The taxonomy record for one of the site's vocabularies, with every term, as indented JSON text. */
    public String taxonomy(OrukVocabulary vocabulary) {
        return OrukJson.pretty(json -> {
            json.writeStartObject();
            json.writeStringField("id", taxonomyId(vocabulary));
            json.writeStringField("name", vocabulary.taxonomyName(site.siteTitle()));
            json.writeStringField("description", vocabulary.description(site.siteTitle()));
            json.writeStringField("uri", base + OrukExporter.FOLDER_URL + "taxonomies/" + taxonomyId(vocabulary) + ".json");
            json.writeArrayFieldStart("taxonomy_terms");
            for (Term term : vocabulary.terms(data)) {
                term(json, vocabulary, term);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    static String status(Availability availability) {
        return switch (availability) {
            case OPEN, WAITING_LIST -> "active";
            case PAUSED -> "temporarily closed";
            case CLOSED -> "inactive";
        };
    }

    private void schedules(JsonGenerator json, Page page, String serviceId, String pageUrl) throws IOException {
        Opening o = page.opening();
        json.writeArrayFieldStart("schedules");
        json.writeStartObject();
        json.writeStringField("id", OrukIds.forUrl(pageUrl + "#schedule"));
        json.writeStringField("service_id", serviceId);
        Optional<OpeningHours> structured = OpeningHours.parse(o.hours());
        if (structured.isPresent()) {
            OpeningHours h = structured.get();
            json.writeStringField("freq", "WEEKLY");
            json.writeNumberField("interval", 1);
            json.writeStringField("byday", h.byDay());
            json.writeStringField("opens_at", h.opensAt());
            json.writeStringField("closes_at", h.closesAt());
        }
        json.writeStringField("description", o.hours());
        String notes = (o.termTimeOnly() ? TERM_TIME_ONLY : "")
                + (o.holidayCover() == null ? "" : (o.termTimeOnly() ? " " : "") + HOLIDAYS + o.holidayCover());
        if (!notes.isEmpty()) {
            json.writeStringField("notes", notes);
        }
        json.writeEndObject();
        json.writeEndArray();
    }

    private void serviceAreas(JsonGenerator json, Page page, String serviceId, String pageUrl) throws IOException {
        json.writeArrayFieldStart("service_areas");
        for (String area : page.areas()) {
            Locality l = site.locality(area).orElseThrow();
            json.writeStartObject();
            json.writeStringField("id", OrukIds.forUrl(pageUrl + "#service_area/" + area));
            json.writeStringField("service_id", serviceId);
            json.writeStringField("name", l.name());
            if (l.description() != null) {
                json.writeStringField("service_area", l.description());
            }
            json.writeStringField("uri", base + "/services/area/" + area + "/");
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void locations(JsonGenerator json, Page page, String serviceId, String pageUrl) throws IOException {
        json.writeArrayFieldStart("service_at_locations");
        String text = page.contact().address();
        if (text != null) {
            String locationId = OrukIds.forUrl(pageUrl + "#location");
            json.writeStartObject();
            json.writeStringField("id", OrukIds.forUrl(pageUrl + "#service_at_location"));
            json.writeStringField("service_id", serviceId);
            json.writeStringField("location_id", locationId);
            json.writeObjectFieldStart("location");
            json.writeStringField("id", locationId);
            json.writeStringField("location_type", "physical");
            Optional<UkAddress> parsed = UkAddress.parse(text);
            json.writeStringField("name", parsed.map(UkAddress::firstLine).orElse(text));
            json.writeStringField("description", text);
            if (parsed.isPresent()) {
                UkAddress a = parsed.get();
                json.writeArrayFieldStart("addresses");
                json.writeStartObject();
                json.writeStringField("id", OrukIds.forUrl(pageUrl + "#address"));
                json.writeStringField("location_id", locationId);
                json.writeStringField("address_1", a.lines());
                json.writeStringField("city", a.town());
                // ORUK requires a state or province; a Local Offer's services are in its local area.
                json.writeStringField("state_province", site.areaName());
                json.writeStringField("postal_code", a.postcode());
                json.writeStringField("country", "GB");
                json.writeStringField("address_type", "physical");
                json.writeEndObject();
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void organization(JsonGenerator json, String provider) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", organizationId(provider));
        json.writeStringField("name", provider);
        json.writeStringField("description", organizationDescriptions.computeIfAbsent(provider,
                p -> String.format(Locale.ROOT, ORGANIZATION_DESCRIPTION, p, site.siteTitle())));
        json.writeEndObject();
    }

    private void costOptions(JsonGenerator json, Page page, String serviceId, String pageUrl) throws IOException {
        json.writeArrayFieldStart("cost_options");
        json.writeStartObject();
        json.writeStringField("id", OrukIds.forUrl(pageUrl + "#cost_option"));
        json.writeStringField("service_id", serviceId);
        if (page.cost().strip().equalsIgnoreCase("free")) {
            json.writeNumberField("amount", 0);
        }
        json.writeStringField("amount_description", page.cost());
        json.writeEndObject();
        json.writeEndArray();
    }

    private void contacts(JsonGenerator json, Page page, String serviceId, String pageUrl) throws IOException {
        json.writeArrayFieldStart("contacts");
        String phone = page.contact().phone();
        if (phone != null) {
            String contactId = OrukIds.forUrl(pageUrl + "#contact");
            json.writeStartObject();
            json.writeStringField("id", contactId);
            json.writeStringField("service_id", serviceId);
            json.writeStringField("name", page.title());
            // The UK profile keeps the phone table (with contact_id) but its nested contact lists no phones; they
            // are nested here as HSDS 3.0 does, because a phone number is what families need most.
            json.writeArrayFieldStart("phones");
            json.writeStartObject();
            json.writeStringField("id", OrukIds.forUrl(pageUrl + "#phone"));
            json.writeStringField("contact_id", contactId);
            json.writeStringField("number", phone);
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void attributes(JsonGenerator json, Page page, String serviceId, String pageUrl) throws IOException {
        json.writeArrayFieldStart("attributes");
        add(json, OrukVocabulary.CATEGORIES, page.categories(), serviceId, pageUrl);
        add(json, OrukVocabulary.NEEDS, page.needs(), serviceId, pageUrl);
        add(json, OrukVocabulary.REFERRAL, page.referral(), serviceId, pageUrl);
        add(json, OrukVocabulary.AVAILABILITY, List.of(page.availability().id()), serviceId, pageUrl);
        json.writeEndArray();
    }

    private void add(JsonGenerator json, OrukVocabulary vocabulary, List<String> ids, String serviceId, String pageUrl)
            throws IOException {
        List<Term> terms = vocabulary.terms(data);
        for (String id : ids) {
            Term term = Taxonomy.find(terms, id).orElseThrow();
            json.writeStartObject();
            json.writeStringField("id", OrukIds.forUrl(pageUrl + "#attribute/" + vocabulary.key() + "/" + id));
            json.writeStringField("link_id", serviceId);
            json.writeStringField("link_type", "service");
            json.writeStringField("taxonomy_term_id", termId(vocabulary, id));
            json.writeFieldName("taxonomy_term");
            term(json, vocabulary, term);
            json.writeEndObject();
        }
    }

    private void term(JsonGenerator json, OrukVocabulary vocabulary, Term term) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", termId(vocabulary, term.id()));
        json.writeStringField("name", term.name());
        json.writeStringField("description",
                term.description() == null || term.description().isBlank() ? term.name() : term.description());
        json.writeStringField("taxonomy", vocabulary.taxonomyName(site.siteTitle()));
        json.writeStringField("taxonomy_id", taxonomyId(vocabulary));
        String termPage = vocabulary.termPage(term.id());
        if (termPage != null) {
            json.writeStringField("term_uri", base + termPage);
        }
        json.writeStringField("term", term.id());
        json.writeEndObject();
    }

    /** "Brackenford Community Health NHS Trust" as "brackenford-community-health-nhs-trust". */
    public static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace("&", " and ").replace("'", "").replace("\u2019", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "service" : s;
    }
}
