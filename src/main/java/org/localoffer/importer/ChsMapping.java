package org.localoffer.importer;

import java.util.List;
import java.util.Optional;

/**
 * Which rows of an NHS CHS waiting-list file feed which of our services and areas: each listed
 * provider stands for one area, and each listed NHS service line for one of our services. Rows
 * for providers or service lines that are not listed are ignored.
 */
public record ChsMapping(List<Provider> providers, List<Service> services) {

    /**
     * @param org  an OrgRef, like RXX01, or an organisation's name as NHS England writes it
     * @param area a locality id from site.yml
     */
    public record Provider(String org, String area, int line) {
        boolean matches(String orgRef, String orgName) {
            return org.equalsIgnoreCase(orgRef.strip()) || ChsText.normalise(org).equals(ChsText.normalise(orgName));
        }
    }

    /**
     * @param nhs     the service line as NHS England labels it, like "(CYP) Audiology"
     * @param service the waiting_times key of one of our service pages
     */
    public record Service(String nhs, String service, int line) {
        boolean matches(String label) {
            return ChsText.normalise(nhs).equals(ChsText.normalise(label));
        }
    }

    public ChsMapping {
        providers = List.copyOf(providers);
        services = List.copyOf(services);
    }

    public Optional<Provider> provider(String orgRef, String orgName) {
        return providers.stream().filter(p -> p.matches(orgRef, orgName)).findFirst();
    }

    public Optional<Service> service(String label) {
        return services.stream().filter(s -> s.matches(label)).findFirst();
    }
}
