package org.localoffer.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.localoffer.problem.Problems;
import org.localoffer.testing.TestSite;

/** The NHS CHS test files in src/test/resources/nhs-chs/ and the demonstration site's mapping. */
final class ChsFixtures {

    /** The month the unit tests treat as now. */
    static final YearMonth NOW = YearMonth.of(2026, 11);

    static final Set<String> SERVICES = Set.of("speech-and-language-therapy", "occupational-therapy", "physiotherapy",
            "audiology", "community-paediatrics", "autism-assessment", "adhd-assessment");
    static final List<String> AREAS = List.of("north", "south");

    private ChsFixtures() {
    }

    static String text(String name) {
        try (InputStream in = ChsFixtures.class.getResourceAsStream("/nhs-chs/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path file(String name) {
        return TestSite.REPO.resolve("src/test/resources/nhs-chs").resolve(name);
    }

    /** The demonstration site's content/data/nhs-chs-mapping.yml. */
    static ChsMapping demoMapping() {
        Problems problems = new Problems();
        ChsMapping mapping = new ChsMappingReader(SERVICES, AREAS)
                .read(TestSite.REPO.resolve(ChsMappingReader.DEFAULT_FILE), ChsMappingReader.DEFAULT_FILE, problems).orElseThrow();
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.sorted().toString());
        }
        return mapping;
    }
}
