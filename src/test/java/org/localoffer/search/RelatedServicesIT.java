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
