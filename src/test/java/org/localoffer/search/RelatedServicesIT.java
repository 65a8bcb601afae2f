package org.localoffer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.build.BuildRequest;
import org.localoffer.build.SiteBuilder;

/** Related services on the demonstration site: what a parent reading one service would look at next. */
class RelatedServicesIT {

    @TempDir
    static Path temp;

    static Path output;

    @BeforeAll
    static void build() throws Exception {
        output = temp.resolve("output");
        new SiteBuilder().build(new BuildRequest(Path.of("").toAbsolutePath(), output, false));
    }

    private static List<String> related(String service) throws Exception {
        return Jsoup.parse(Files.readString(output.resolve("services/" + service + "/index.html")))
                .select(".related-services a").eachAttr("href");
    }

    @Test
    void closeServicesAreListedAndDistantOnesAreLeftOut() throws Exception {
        assertEquals(List.of("/services/hearing-impairment-team/"), related("audiology"));
        assertEquals(List.of("/services/audiology/"), related("hearing-impairment-team"));
        assertEquals(List.of("/services/autism-and-adhd-nursing/", "/services/autism-assessment/"), related("adhd-assessment"));
    }

    @Test
    void anAcronymFromTheGlossaryCountsAsTheWordsItStandsFor(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        org.localoffer.testing.TestSite site = org.localoffer.testing.TestSite.create(dir.resolve("source"));
        String shared = "Speech and language therapy (SALT) helps children talk. SALT is free.";
        site.write("content/services/talking-group.md", org.localoffer.testing.TestSite.service("Talking group",
                "A weekly SALT group. Our SALT team runs it with parents. SALT at home too.").replace(shared, ""));
        site.write("content/services/bus-passes.md", org.localoffer.testing.TestSite.service("Bus passes",
                "Free bus passes for pupils who travel to school by bus. Apply online for a bus pass.").replace(shared, ""));
        // Enough other services that the words the test is about are not on "most pages".
        String[][] others = {{"Swimming club", "Swimming lessons in a quiet pool."}, {"Toy library", "Borrow sensory toys."},
                {"Sleep clinic", "Advice on bedtime routines and sleep."}, {"Wheelchair service", "Wheelchairs and repairs."},
                {"Holiday club", "Play schemes in the summer holidays."}};
        for (String[] o : others) {
            site.write("content/services/" + o[0].toLowerCase().replace(' ', '-') + ".md",
                    org.localoffer.testing.TestSite.service(o[0], o[1]).replace(shared, ""));
        }
        Path out = dir.resolve("output");
        new SiteBuilder().build(new BuildRequest(site.root(), out, false));

        List<String> links = Jsoup.parse(Files.readString(out.resolve("services/talking-group/index.html")))
                .select(".related-services a").eachAttr("href");
        assertEquals("/services/speech-and-language-therapy/", links.get(0));
        assertTrue(!links.contains("/services/bus-passes/"), links.toString());
    }

    @Test
    void noServiceListsItselfOrMoreThanFour() throws Exception {
        try (var pages = Files.list(output.resolve("services"))) {
            for (Path folder : pages.filter(p -> Files.isRegularFile(p.resolve("index.html"))).toList()) {
                List<String> links = related(folder.getFileName().toString());
                assertTrue(links.size() <= RelatedServices.LIMIT, folder + ": " + links);
                assertTrue(!links.contains("/services/" + folder.getFileName() + "/"), folder + " lists itself");
            }
        }
    }
}
