package org.localoffer.oruk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.localoffer.config.SiteConfig;
import org.localoffer.content.Page;
import org.localoffer.data.SiteData;

/**
 * Writes the published services as static Open Referral UK 3.0 JSON, in the shapes its API returns, under
 * /openreferral/ in the output:
 * <ul>
 *   <li>{@code index.json}: what {@code GET /} returns (HSDS version, profile, OpenAPI file), plus where the
 *   files are;</li>
 *   <li>{@code services.json}: what {@code GET /services} returns, one page holding every service, each fully
 *   nested;</li>
 *   <li>{@code services/<id>.json}: what {@code GET /services/{id}} returns;</li>
 *   <li>{@code taxonomies.json} and {@code taxonomies/<id>.json}: the site's own word lists.</li>
 * </ul>
 * A static host cannot answer query parameters (search, age, day), so this is a data export in API shapes,
 * not a complete ORUK API.
 */
public final class OrukExporter {

    public static final String FOLDER = "openreferral";
    public static final String FOLDER_URL = "/" + FOLDER + "/";
    public static final String HSDS_VERSION = "3.0";
    public static final String PROFILE_URL = "https://open-referral-uk-profile.readthedocs.io/";
    public static final String OPENAPI_URL = "https://openreferraluk.org/specifications/3.0/openapi.json";

    /** Services made and written on all cores before their texts go into services.json. */
    private static final int BATCH = 256;

    private final SiteConfig site;
    private final ServiceRecordWriter records;

    public OrukExporter(SiteConfig site, SiteData data) {
        this.site = site;
        this.records = new ServiceRecordWriter(site, data);
    }

    /**
     * @param pages  every page in the build; drafts and other page types are left out
     * @param output the baked site folder
     * @return how many services were written
     */
    public int write(List<Page> pages, Path output) throws IOException {
        List<Page> services = pages.stream().filter(p -> p.isService() && !p.draft())
                .sorted(Comparator.comparing(Page::sourcePath)).toList();
        Path folder = output.resolve(FOLDER);
        Files.createDirectories(folder.resolve("services"));
        Files.createDirectories(folder.resolve("taxonomies"));
        String base = site.baseUrlWithoutSlash() + FOLDER_URL;

        // Each service's record is made and written on its own, on every core, a batch at a time; services.json
        // takes each batch's texts in the sorted order, indented, instead of writing each record twice, and
        // only a batch is held at once (services.json is over 100 MB at 10,000 services).
        OrukJson.writePretty(folder.resolve("services.json"), page(services.size(), json -> {
            for (int from = 0; from < services.size(); from += BATCH) {
                List<String> written = services.subList(from, Math.min(from + BATCH, services.size())).parallelStream()
                        .map(page -> {
                            String record = records.write(page);
                            try {
                                write(folder.resolve("services/" + records.serviceId(page) + ".json"), record);
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                            return record;
                        }).toList();
                for (String record : written) {
                    OrukJson.writeNested(json, record);
                }
            }
        }));

        List<String> taxonomies = new ArrayList<>();
        for (OrukVocabulary v : OrukVocabulary.values()) {
            String t = records.taxonomy(v);
            taxonomies.add(t);
            write(folder.resolve("taxonomies/" + records.taxonomyId(v) + ".json"), t);
        }
        OrukJson.writePretty(folder.resolve("taxonomies.json"), page(taxonomies));

        write(folder.resolve("index.json"), OrukJson.pretty(json -> {
            json.writeStartObject();
            json.writeStringField("version", HSDS_VERSION);
            json.writeStringField("profile", PROFILE_URL);
            json.writeStringField("openapi_url", OPENAPI_URL);
            json.writeStringField("name", site.siteTitle());
            json.writeStringField("description", "The services in the " + site.siteTitle() + " as Open Referral UK 3.0 "
                    + "data. These are static files in the shapes the ORUK API returns; a static site cannot answer "
                    + "search or filter parameters, so services.json lists every service on one page.");
            json.writeStringField("publisher", site.councilName());
            json.writeStringField("services_url", base + "services.json");
            json.writeStringField("service_url_template", base + "services/{id}.json");
            json.writeStringField("taxonomies_url", base + "taxonomies.json");
            json.writeNumberField("total_services", services.size());
            json.writeEndObject();
        }));
        return services.size();
    }

    /** The paged-list shape of the ORUK API, as one page holding everything: records as {@link OrukJson#pretty} text. */
    static OrukJson.Writing page(List<String> contents) {
        return page(contents.size(), json -> {
            for (String record : contents) {
                OrukJson.writeNested(json, record);
            }
        });
    }

    /** The paged-list shape, with {@code total} records that {@code contents} writes into its array. */
    static OrukJson.Writing page(int total, OrukJson.Writing contents) {
        return json -> {
            json.writeStartObject();
            json.writeNumberField("total_items", total);
            json.writeNumberField("total_pages", 1);
            json.writeNumberField("page_number", 1);
            json.writeNumberField("size", total);
            json.writeBooleanField("first_page", true);
            json.writeBooleanField("last_page", true);
            json.writeBooleanField("empty", total == 0);
            json.writeArrayFieldStart("contents");
            contents.write(json);
            json.writeEndArray();
            json.writeEndObject();
        };
    }

    private static void write(Path file, String json) throws IOException {
        Files.writeString(file, json, StandardCharsets.UTF_8);
    }
}
