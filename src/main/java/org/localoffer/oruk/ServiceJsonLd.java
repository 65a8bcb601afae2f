package org.localoffer.oruk;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.localoffer.config.Locality;
import org.localoffer.config.SiteConfig;
import org.localoffer.content.ContactDetails;
import org.localoffer.content.Page;
import org.localoffer.data.SiteData;
import org.localoffer.data.Taxonomy;
import org.localoffer.data.Term;

/**
 * A service page described in schema.org terms, for a {@code <script type="application/ld+json">} block:
 * a GovernmentService (the Local Offer is the council's statutory list of services) with its provider,
 * the areas it serves, the ages it is for (PeopleAudience), how to contact it and its cost. A JSON-LD block
 * is data, not script, so the page's Content-Security-Policy does not block it.
 */
public final class ServiceJsonLd {

    private final SiteConfig site;
    private final SiteData data;

    public ServiceJsonLd(SiteConfig site, SiteData data) {
        this.site = site;
        this.data = data;
    }

    /** The JSON-LD as text that is safe to place inside a script element. */
    public String write(Page page) {
        // Written straight to a generator, in the order a tree would hold it: every service page has one.
        return OrukJson.forScript(json -> write(page, json));
    }

    private void write(Page page, JsonGenerator json) throws IOException {
        String url = site.baseUrlWithoutSlash() + page.url();
        json.writeStartObject();
        json.writeStringField("@context", "https://schema.org");
        json.writeStringField("@type", "GovernmentService");
        json.writeStringField("@id", url + "#service");
        json.writeStringField("name", page.title());
        json.writeStringField("description", page.summary());
        json.writeStringField("url", url);
        json.writeObjectFieldStart("provider");
        json.writeStringField("@type", "Organization");
        json.writeStringField("name", page.provider());
        json.writeEndObject();
        json.writeArrayFieldStart("areaServed");
        for (String id : page.areas()) {
            Locality l = site.locality(id).orElseThrow();
            json.writeStartObject();
            json.writeStringField("@type", "AdministrativeArea");
            json.writeStringField("name", l.name());
            if (l.description() != null) {
                json.writeStringField("description", l.description());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("audience");
        json.writeStringField("@type", "PeopleAudience");
        json.writeNumberField("suggestedMinAge", page.ages().from());
        json.writeNumberField("suggestedMaxAge", page.ages().to());
        List<String> conditions = new ArrayList<>();
        for (String id : page.needs()) {
            Optional<Term> need = Taxonomy.find(data.taxonomy().needs(), id);
            if (need.isPresent() && !id.equals("any")) {
                conditions.add(need.get().name());
            }
        }
        if (!conditions.isEmpty()) {
            json.writeArrayFieldStart("healthCondition");
            for (String name : conditions) {
                json.writeStartObject();
                json.writeStringField("@type", "MedicalCondition");
                json.writeStringField("name", name);
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeArrayFieldStart("category");
        for (String id : page.categories()) {
            json.writeString(Taxonomy.find(data.taxonomy().categories(), id).map(Term::name).orElse(id));
        }
        json.writeEndArray();
        json.writeFieldName("availableChannel");
        channel(page, json);
        json.writeObjectFieldStart("offers");
        json.writeStringField("@type", "Offer");
        json.writeStringField("description", page.cost());
        if (page.cost().strip().equalsIgnoreCase("free")) {
            json.writeNumberField("price", 0);
            json.writeStringField("priceCurrency", "GBP");
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private void channel(Page page, JsonGenerator json) throws IOException {
        ContactDetails c = page.contact();
        json.writeStartObject();
        json.writeStringField("@type", "ServiceChannel");
        if (c.website() != null) {
            json.writeStringField("serviceUrl", c.website());
        }
        if (c.phone() != null || c.email() != null) {
            json.writeObjectFieldStart("servicePhone");
            json.writeStringField("@type", "ContactPoint");
            if (c.phone() != null) {
                json.writeStringField("telephone", c.phone());
            }
            if (c.email() != null) {
                json.writeStringField("email", c.email());
            }
            json.writeObjectFieldStart("hoursAvailable");
            json.writeStringField("@type", "OpeningHoursSpecification");
            json.writeStringField("description", page.opening().hours());
            json.writeEndObject();
            json.writeEndObject();
        }
        if (c.address() != null) {
            json.writeObjectFieldStart("serviceLocation");
            json.writeStringField("@type", "Place");
            Optional<UkAddress> parsed = UkAddress.parse(c.address());
            json.writeStringField("name", parsed.map(UkAddress::firstLine).orElse(c.address()));
            json.writeObjectFieldStart("address");
            json.writeStringField("@type", "PostalAddress");
            if (parsed.isPresent()) {
                json.writeStringField("streetAddress", parsed.get().lines());
                json.writeStringField("addressLocality", parsed.get().town());
                json.writeStringField("postalCode", parsed.get().postcode());
                json.writeStringField("addressCountry", "GB");
            } else {
                json.writeStringField("description", c.address());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndObject();
    }
}
