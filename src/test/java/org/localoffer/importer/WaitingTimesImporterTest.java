package org.localoffer.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.data.WaitingData;
import org.localoffer.problem.Problem;
import org.localoffer.problem.Problems;

class WaitingTimesImporterTest {

    private final Problems problems = new Problems();

    private Optional<WaitingTimesImporter.Summary> importInto(Path site, String fixture) {
        return new WaitingTimesImporter(ChsFixtures.NOW).importNhsChs(site, ChsFixtures.file(fixture), fixture,
                site.resolve(ChsMappingReader.DEFAULT_FILE), ChsMappingReader.DEFAULT_FILE, problems);
    }

    private List<String> messages() {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    /** Rows of a waiting-times file by "month,service,area". */
    private static Map<String, String> rowsByKey(List<String> lines) {
        Map<String, String> out = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                String[] v = line.split(",");
                out.put(v[0] + "," + v[1] + "," + v[2], line);
            }
        }
        return out;
    }

    @Test
    void importsTheSampleAndLosesNothingAlreadyInTheFile(@TempDir Path dir) throws Exception {
        Path site = ImportSite.copy(dir.resolve("site"));
        Path csv = site.resolve(WaitingData.WAITS_FILE);
        Map<String, String> before = rowsByKey(Files.readAllLines(csv));
        List<String> dataFilesBefore = ImportSite.files(site.resolve("content/data"));

        WaitingTimesImporter.Summary summary = importInto(site, "chs-sample.csv").orElseThrow();
        assertEquals(List.of(), messages());
        assertEquals("Imported 30 rows (0 new, 30 replaced) for months 2026-07 to 2026-09 into content/data/waiting-times.csv.",
                summary.message());

        List<String> lines = Files.readAllLines(csv);
        assertEquals(String.join(",", WaitingData.WAITS_HEADER), lines.get(0));
        Map<String, String> after = rowsByKey(lines);
        assertEquals(before.keySet(), after.keySet(), "every row is still there, and no other");
        int changed = 0;
        for (Map.Entry<String, String> row : before.entrySet()) {
            boolean imported = row.getKey().matches("2026-0[789],(speech-and-language-therapy|occupational-therapy|physiotherapy"
                    + "|audiology|community-paediatrics),(north|south)");
            if (imported) {
                changed++;
            } else {
                assertEquals(row.getValue(), after.get(row.getKey()), "kept exactly");
            }
        }
        assertEquals(30, changed);
        assertEquals("2026-09,occupational-therapy,south,102,28,104", after.get("2026-09,occupational-therapy,south"));
        assertEquals("2026-09,occupational-therapy,north,81,7.1,52", after.get("2026-09,occupational-therapy,north"));

        List<String> sorted = new ArrayList<>(lines.subList(1, lines.size()));
        sorted.sort(Comparator.comparing((String l) -> l.split(",")[0]).thenComparing(l -> l.split(",")[1])
                .thenComparing(l -> l.split(",")[2]));
        assertEquals(sorted, lines.subList(1, lines.size()));
        assertEquals(dataFilesBefore, ImportSite.files(site.resolve("content/data")), "no temporary file is left behind");
    }

    @Test
    void importingTheSameFileTwiceChangesNothing(@TempDir Path dir) throws Exception {
        Path site = ImportSite.copy(dir.resolve("site"));
        importInto(site, "chs-sample.csv").orElseThrow();
        byte[] once = Files.readAllBytes(site.resolve(WaitingData.WAITS_FILE));
        assertEquals(30, importInto(site, "chs-sample.csv").orElseThrow().replaced());
        assertArrayEquals(once, Files.readAllBytes(site.resolve(WaitingData.WAITS_FILE)));
    }

    @Test
    void startsTheFileWhenThereIsNone(@TempDir Path dir) throws Exception {
        Path site = ImportSite.copy(dir.resolve("site"));
        Files.delete(site.resolve(WaitingData.WAITS_FILE));
        WaitingTimesImporter.Summary summary = importInto(site, "chs-older-layout.csv").orElseThrow();
        assertEquals("Imported 2 rows (2 new, 0 replaced) for months 2026-08 to 2026-09 into content/data/waiting-times.csv.",
                summary.message());
        assertEquals("""
                month,service,area,waiting,median_weeks,longest_weeks
                2026-08,occupational-therapy,south,99,27.4,52
                2026-09,occupational-therapy,south,102,28,52
                """, Files.readString(site.resolve(WaitingData.WAITS_FILE)));
    }

    @Test
    void anyErrorInTheInputWritesNothing(@TempDir Path dir) throws Exception {
        Path site = ImportSite.copy(dir.resolve("site"));
        byte[] before = Files.readAllBytes(site.resolve(WaitingData.WAITS_FILE));
        assertTrue(importInto(site, "chs-bad-rows.csv").isEmpty());
        assertEquals(5, problems.errorCount(), messages().toString());
        assertTrue(importInto(site, "chs-missing-bands.csv").isEmpty());
        assertArrayEquals(before, Files.readAllBytes(site.resolve(WaitingData.WAITS_FILE)));
    }

    @Test
    void aProblemInTheExistingFileStopsTheImport(@TempDir Path dir) throws Exception {
        Path site = ImportSite.copy(dir.resolve("site"));
        Path csv = site.resolve(WaitingData.WAITS_FILE);
        Files.writeString(csv, Files.readString(csv) + "2026-05,physiotherapy,east,30,7.5,15\n");
        byte[] before = Files.readAllBytes(csv);
        int line = Files.readAllLines(csv).size();
        assertTrue(importInto(site, "chs-sample.csv").isEmpty());
        assertEquals(List.of(WaitingData.WAITS_FILE + ":" + line + ": error: 'east' is not a locality. Use one of the locality ids "
                + "in site.yml: north, south."), messages());
        assertArrayEquals(before, Files.readAllBytes(csv));
    }

    @Test
    void aMistakeInTheMappingStopsTheImport(@TempDir Path dir) throws Exception {
        Path site = ImportSite.copy(dir.resolve("site"));
        Path mapping = site.resolve(ChsMappingReader.DEFAULT_FILE);
        Files.writeString(mapping, Files.readString(mapping).replace("area: south", "area: sout"));
        byte[] before = Files.readAllBytes(site.resolve(WaitingData.WAITS_FILE));
        assertTrue(importInto(site, "chs-sample.csv").isEmpty());
        assertEquals(List.of(ChsMappingReader.DEFAULT_FILE + ":17: error: 'sout' is not a locality. Did you mean 'south'? "
                + "Use one of the locality ids in site.yml: north, south."), messages());
        assertArrayEquals(before, Files.readAllBytes(site.resolve(WaitingData.WAITS_FILE)));
    }

    @Test
    void aFolderThatIsNotASiteIsExplained(@TempDir Path dir) {
        assertTrue(importInto(dir, "chs-sample.csv").isEmpty());
        assertEquals(List.of("site.yml: error: there is no site.yml in " + dir.toAbsolutePath().normalize()
                + ". Run the command in the site folder, or name the site folder with --source DIR."), messages());
        assertTrue(Files.notExists(dir.resolve("content")));
    }
}
