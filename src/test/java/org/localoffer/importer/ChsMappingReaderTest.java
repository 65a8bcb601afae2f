package org.localoffer.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.problem.Problem;
import org.localoffer.problem.Problems;
import org.localoffer.testing.TestSite;

class ChsMappingReaderTest {

    private static final String PATH = ChsMappingReader.DEFAULT_FILE;

    private final Problems problems = new Problems();

    private Optional<ChsMapping> read(String yaml) {
        return new ChsMappingReader(ChsFixtures.SERVICES, ChsFixtures.AREAS).read(yaml, PATH, problems);
    }

    private List<String> messages() {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    @Test
    void theDemonstrationMappingMatchesTheDemonstrationSite() {
        SiteKeys keys = SiteKeys.read(TestSite.REPO, problems);
        assertEquals(List.of("north", "south"), List.copyOf(keys.areas()));
        assertTrue(keys.services().containsAll(List.of("speech-and-language-therapy", "occupational-therapy", "physiotherapy",
                "audiology", "community-paediatrics")), keys.services().toString());
        ChsMapping mapping = new ChsMappingReader(keys.services(), keys.areas())
                .read(TestSite.REPO.resolve(PATH), PATH, problems).orElseThrow();
        assertEquals(List.of(), messages());
        assertEquals(List.of("RXX01 north 14", "RXX02 south 16"),
                mapping.providers().stream().map(p -> p.org() + " " + p.area() + " " + p.line()).toList());
        assertEquals(List.of("speech-and-language-therapy", "occupational-therapy", "physiotherapy", "audiology",
                "community-paediatrics"), mapping.services().stream().map(ChsMapping.Service::service).toList());
        assertEquals("occupational-therapy",
                mapping.service("(CYP)  therapy interventions: OCCUPATIONAL therapy").orElseThrow().service());
        assertEquals("south", mapping.provider("rxx02", "anything").orElseThrow().area());
        assertTrue(mapping.provider("RYY03", "Brackenford Children's Therapy CIC").isEmpty());
    }

    @Test
    void reportsEachMistakeAtItsLine() {
        Optional<ChsMapping> mapping = read("""
                providers:
                  - org: RXX01
                    area: nort
                  - org: RXX01
                    area: south
                  - org: RXX03
                  - org: RXX04
                    area: south
                    name: Fourth
                services:
                  - nhs: "(CYP) Audiology"
                    service: audiolgy
                  - nhs: "(cyp)  audiology"
                    service: audiology
                  - nhs: "(CYP) Therapy interventions: Dietetics"
                    service: dietetics
                extra: 1
                """);
        assertTrue(mapping.isEmpty());
        assertEquals(List.of(
                PATH + ":3: error: 'nort' is not a locality. Did you mean 'north'? Use one of the locality ids in site.yml: north, south.",
                PATH + ":4: error: the provider 'RXX01' is listed twice (first on line 2). List each provider once, with the one area it serves.",
                PATH + ":6: error: 'area' is missing from this provider entry. Add a line 'area: ...'.",
                PATH + ":9: error: unknown key 'name' in a provider entry. Remove it or correct the spelling; allowed keys are: org, area.",
                PATH + ":12: error: no service page has 'waiting_times: audiolgy'. Did you mean 'audiology'? Use the waiting_times key "
                        + "of a service page: adhd-assessment, audiology, autism-assessment, community-paediatrics, occupational-therapy, "
                        + "physiotherapy, speech-and-language-therapy.",
                PATH + ":13: error: the NHS service line '(cyp)  audiology' is listed twice (first on line 11). List each NHS service "
                        + "line once, with the one service it feeds.",
                PATH + ":16: error: no service page has 'waiting_times: dietetics'. Use the waiting_times key of a service page: "
                        + "adhd-assessment, audiology, autism-assessment, community-paediatrics, occupational-therapy, physiotherapy, "
                        + "speech-and-language-therapy.",
                PATH + ":17: error: unknown key 'extra' in the NHS CHS mapping. Remove it or correct the spelling; allowed keys are: "
                        + "providers, services."), messages());
    }

    @Test
    void bothListsMustBeThereAndHaveEntries() {
        assertTrue(read("""
                # nothing mapped yet
                providers: []
                """).isEmpty());
        assertEquals(List.of(
                PATH + ":2: error: 'providers' has no entries. Add one '- org: ...' entry, with its 'area:', for each NHS provider "
                        + "whose figures you want.",
                PATH + ":2: error: 'services' is missing from the NHS CHS mapping. Add a line 'services: ...'."), messages());
    }

    @Test
    void aMissingMappingFileIsExplained(@TempDir Path dir) {
        new ChsMappingReader(ChsFixtures.SERVICES, ChsFixtures.AREAS).read(dir.resolve("nope.yml"), PATH, problems);
        assertEquals(List.of(PATH + ": error: the mapping file does not exist. Create it to say which NHS providers and service "
                + "lines feed which of your areas and services, like content/data/nhs-chs-mapping.yml in the demonstration site, "
                + "or name it with --mapping FILE."), messages());
    }

    @Test
    void aYamlSyntaxErrorHasItsLine() {
        read("""
                providers:
                  - org: RXX01
                    area: north
                services:
                  - nhs: (CYP) Therapy interventions: Physiotherapy
                    service: physiotherapy
                """);
        List<String> m = messages();
        assertEquals(1, m.size(), m.toString());
        assertTrue(m.get(0).startsWith(PATH + ":5: error: this YAML cannot be read"), m.get(0));
    }
}
