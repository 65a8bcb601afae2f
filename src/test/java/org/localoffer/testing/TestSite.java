package org.localoffer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A small site written inline into a temporary folder, using the repository's real templates
 * and taxonomy, so end-to-end tests describe exactly the content they need.
 */
public final class TestSite {

    public static final Path REPO = Path.of("").toAbsolutePath();

    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    /** A valid site: settings, data, templates, a home page and one service. */
    public static TestSite create(Path folder) {
        TestSite site = new TestSite(folder);
        site.write("site.yml", """
                area_name: Testshire
                council_name: Testshire Council
                site_title: Testshire SEND Local Offer
                base_url: https://localoffer.test.example.org
                language: en-GB
                demonstration: true
                localities:
                  - id: north
                    name: North Testshire
                  - id: south
                    name: South Testshire
                contact:
                  phone: "0100 496 0999"
                  email: localoffer@test.example.org
                """);
        site.copy(REPO.resolve("content/data/taxonomy.yml"), "content/data/taxonomy.yml");
        site.copy(REPO.resolve("content/data/statutory.yml"), "content/data/statutory.yml");
        site.write("content/data/glossary.yml", """
                - term: Speech and language therapy
                  acronym: SALT
                  also: [SLT, speech therapy]
                  definition: Help with talking, understanding and swallowing.
                - term: Education, health and care plan
                  acronym: EHCP
                  also: [EHC plan]
                  definition: A legal document describing a child's needs and the help they must get.
                """);
        site.copyTree(REPO.resolve("templates"), "templates");
        site.write("content/index.md", """
                ---
                title: Testshire SEND Local Offer
                type: page
                summary: Help for families in Testshire.
                ---
                Welcome. Start with [speech and language therapy](services/speech-and-language-therapy.md).
                """);
        site.write("content/services/speech-and-language-therapy.md", service("Speech and language therapy", ""));
        site.write("content/guides/ehc-needs-assessment.md", """
                ---
                title: Requesting an EHC needs assessment
                type: guide
                summary: How to ask the council to assess your child.
                last_reviewed: 2026-09-01
                review_by: 2027-03-01
                ---
                An EHCP sets out the help your child must get. An EHCP is reviewed every year.

                ## Who can ask

                Parents, young people and schools.

                ## The 20-week timeline {#timeline}

                The whole process takes at most 20 weeks.
                """);
        return site;
    }

    /** A service page's text, with {@code body} after the standard sections. */
    public static String service(String title, String body) {
        return """
                ---
                title: %s
                type: service
                summary: Help for children who find talking hard.
                categories: [health, therapy]
                needs: [communication]
                ages: {from: 0, to: 19}
                areas: [north, south]
                provider: Testshire Community Health NHS Trust
                referral: [parent, gp]
                cost: Free
                contact: {phone: "0100 496 0231", email: slt@test.example.org}
                opening: {hours: "Monday to Friday, 9am to 5pm", term_time_only: false}
                availability: waiting-list
                last_reviewed: 2026-09-01
                review_by: 2027-03-01
                ---
                Speech and language therapy (SALT) helps children talk. SALT is free.

                ## Who it is for

                Children aged 0 to 19.

                ## How to get it

                Read [the timeline](../guides/ehc-needs-assessment.md#timeline).
                %s
                """.formatted(title, body);
    }

    public Path root() {
        return root;
    }

    public TestSite write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestSite delete(String path) {
        try {
            Files.delete(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void copy(Path from, String to) {
        try {
            Path file = root.resolve(to);
            Files.createDirectories(file.getParent());
            Files.copy(from, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void copyTree(Path from, String to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path dest = root.resolve(to).resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
