package org.localoffer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.problem.ProblemsFoundException;
import org.localoffer.testing.TestSite;

class WarmBuildsTest {

    @Test
    void buildsOnceToWarmUpThenTheGivenNumberOfTimesEachIntoItsOwnFolder(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.create(dir.resolve("site"));
        Path outputs = dir.resolve("outputs");
        List<WarmBuilds.Build> builds = WarmBuilds.run(site.root(), outputs, 2);
        assertEquals(2, builds.size());
        for (String folder : List.of("warm-up", "build-1", "build-2")) {
            assertTrue(Files.isRegularFile(outputs.resolve(folder).resolve("index.html")), folder + " was not built");
        }
        assertTrue(Files.notExists(outputs.resolve("build-3")));
        int pages = builds.get(0).pages();
        assertTrue(pages > 5, "pages counted: " + pages);
        for (WarmBuilds.Build b : builds) {
            assertEquals(pages, b.pages());
            assertTrue(b.wallMillis() > 0 && b.cpuMillis() >= 0, b.toString());
        }
    }

    @Test
    void aSiteWithErrorsStopsWithItsProblems(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.create(dir.resolve("site"));
        site.write("content/index.md", "no front matter here\n");
        assertThrows(ProblemsFoundException.class, () -> WarmBuilds.run(site.root(), dir.resolve("outputs"), 1));
    }
}
