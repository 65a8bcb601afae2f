package org.localoffer.oruk;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final SiteConfig site;
    private final SiteData data;

    public ServiceJsonLd(SiteConfig site, SiteData data) {
        this.site = site;
        this.data = data;
    }

    /** The JSON-LD as text that is safe to place inside a script element. */
    public String write(Page page) {
        return OrukJson.forScript(node(page));
    }

    ObjectNode node(Page page) {
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

    private ObjectNode channel(Page page) {
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
