package org.localoffer.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.localoffer.problem.Problem;
import org.localoffer.problem.Problems;

class SiteConfigReaderTest {

    private static final String VALID = """
            area_name: Testshire
            council_name: Testshire Council
            site_title: Testshire SEND Local Offer
            base_url: https://localoffer.example.org
            localities:
              - id: north
                name: North
            contact:
              phone: "0100 496 0000"
            """;

    private final Problems problems = new Problems();

    @Test
    void readsValidSettingsWithDefaults() {
        SiteConfig c = new SiteConfigReader().read("site.yml", VALID, problems).orElseThrow();
        assertEquals("Testshire", c.areaName());
        assertEquals("en-GB", c.language());
        assertEquals("output", c.output());
        assertEquals(List.of("north"), c.localityIds());
        assertEquals("#1d4f91", c.brand().primary());
        assertEquals(false, c.demonstration());
        assertTrue(problems.isEmpty());
    }

    @Test
    void refusesABrandColourThatWhiteTextCannotBeReadOn() {
        new SiteConfigReader().read("site.yml", VALID + "brand:\n  primary: \"#ffdd00\"\n", problems);
        assertEquals(List.of("site.yml:11: error: brand primary #ffdd00 is too light: white text on it has a contrast "
                + "of 1.3:1 and WCAG AA needs 4.5:1. Choose a darker colour."), messages());
    }

    @Test
    void reportsMissingSettingsAndBadLocalityIds() {
        new SiteConfigReader().read("site.yml", "area_name: X\nlocalities:\n  - id: North Side\n    name: N\n", problems);
        List<String> m = messages();
        assertTrue(m.contains("site.yml:1: error: 'council_name' is missing from site.yml. Add a line 'council_name: ...'."), m.toString());
        assertTrue(m.contains("site.yml:3: error: locality id 'North Side' must be lower-case letters, digits and hyphens. "
                + "Write it like north or south-east."), m.toString());
    }

    @Test
    void reportsUnknownSettings() {
        new SiteConfigReader().read("site.yml", VALID + "colour: red\n", problems);
        assertTrue(messages().get(0).startsWith("site.yml:10: error: unknown key 'colour' in site.yml."), messages().toString());
    }

    @Test
    void computesWcagContrast() {
        assertEquals(21.0, ColourContrast.ratio("#000000", "#ffffff"), 0.01);
        assertEquals(1.0, ColourContrast.ratio("#777777", "#777777"), 0.01);
    }

    private List<String> messages() {
        return problems.sorted().stream().map(Problem::format).toList();
    }
}
