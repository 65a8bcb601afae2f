package org.localoffer.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.build.SiteBuilder;
import org.localoffer.cli.ImportCommand;
import org.localoffer.data.WaitingData;
import org.localoffer.problem.Problem;
import picocli.CommandLine;

/**
 * {@code localoffer import waiting-times} run end to end on a copy of the demonstration site.
 * Runs the command through picocli directly, as LocalOfferCommand does once it lists ImportCommand.
 */
class ImportCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ImportCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void importsTheSampleIntoTheSiteAndTheSiteStillChecks(@TempDir Path dir) throws Exception {
        Path site = ImportSite.copy(dir.resolve("site"));
        int rowsBefore = Files.readAllLines(site.resolve(WaitingData.WAITS_FILE)).size();
        Run r = run("waiting-times", "--format", "nhs-chs", ChsFixtures.file("chs-sample.csv").toString(),
                "--source", site.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals("Imported 30 rows (0 new, 30 replaced) for months 2026-07 to 2026-09 into content/data/waiting-times.csv.\n",
                r.out().replace("\r\n", "\n"));
        List<String> after = Files.readAllLines(site.resolve(WaitingData.WAITS_FILE));
        assertEquals(rowsBefore, after.size());
        assertTrue(after.contains("2026-09,occupational-therapy,south,102,28,104"));
        // The site's own check accepts the file the import wrote.
        List<String> waitProblems = new SiteBuilder().check(site).sorted().stream()
                .filter(p -> p.path().equals(WaitingData.WAITS_FILE) && p.isError()).map(Problem::format).toList();
        assertEquals(List.of(), waitProblems);
    }

    @Test
    void takesTheMappingFromMappingWhenGiven(@TempDir Path dir) throws Exception {
        Path site = ImportSite.copy(dir.resolve("site"));
        Path mapping = dir.resolve("south-ot-only.yml");
        Files.writeString(mapping, """
                providers:
                  - org: South Brackenford Community Health NHS Trust
                    area: south
                services:
                  - nhs: "(CYP) Therapy interventions - Occupational therapy"
                    service: occupational-therapy
                """);
        Run r = run("waiting-times", "--format", "NHS-CHS", "--mapping", mapping.toString(), "--source", site.toString(),
                ChsFixtures.file("chs-sample.csv").toString());
        assertEquals(1, r.code(), "the NHS label in this mapping is wrong, so nothing matches");
        assertTrue(r.err().contains("error: no row is for both a provider and a service line in the mapping"), r.err());

        Files.writeString(mapping, Files.readString(mapping).replace("interventions -", "interventions:"));
        r = run("waiting-times", "--format", "NHS-CHS", "--mapping", mapping.toString(), "--source", site.toString(),
                ChsFixtures.file("chs-sample.csv").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("Imported 3 rows (0 new, 3 replaced) for months 2026-07 to 2026-09 into content/data/waiting-times.csv.\n",
                r.out().replace("\r\n", "\n"));
    }

    @Test
    void badInputIsReportedByLineAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path site = ImportSite.copy(dir.resolve("site"));
        byte[] before = Files.readAllBytes(site.resolve(WaitingData.WAITS_FILE));
        String file = ChsFixtures.file("chs-missing-bands.csv").toString();
        Run r = run("waiting-times", "--format", "nhs-chs", file, "--source", site.toString());
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertEquals(file + ":2: error: RXX02 '(CYP) Audiology' in 2026-09 has no row for 'Waiting >2-4 weeks' and "
                + "'Waiting >104 weeks'. Add the missing rows from NHS England's file; a band with nobody in it needs a row "
                + "with MetricValue 0.\n"
                + file + ":9: error: RXX02 '(CYP) Therapy interventions: Physiotherapy' in 2026-09 has no row for "
                + "'Total waiting list' and 'Waiting >52 weeks' (or 'Waiting >52-104 weeks' and 'Waiting >104 weeks'). "
                + "Add the missing rows from NHS England's file; a band with nobody in it needs a row with MetricValue 0.\n"
                + "2 errors and 0 warnings in 1 file.\n"
                + "Nothing was imported; content/data/waiting-times.csv has not been changed.\n", r.err().replace("\r\n", "\n"));
        assertArrayEquals(before, Files.readAllBytes(site.resolve(WaitingData.WAITS_FILE)));
    }

    @Test
    void aMissingInputFileIsAContentProblem(@TempDir Path dir) {
        Path site = ImportSite.copy(dir.resolve("site"));
        String file = dir.resolve("nhs.csv").toString();
        Run r = run("waiting-times", "--format", "nhs-chs", file, "--source", site.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith(file + ": error: this file does not exist. Check the file name and folder.\n"), r.err());
    }

    @Test
    void usageMistakesExitWithTwo(@TempDir Path dir) {
        Path site = ImportSite.copy(dir.resolve("site"));
        String file = ChsFixtures.file("chs-sample.csv").toString();
        Run wrongFormat = run("waiting-times", "--format", "excel", file, "--source", site.toString());
        assertEquals(2, wrongFormat.code());
        assertTrue(wrongFormat.err().startsWith("Unknown format 'excel'. The only format is nhs-chs."), wrongFormat.err());
        assertEquals(2, run("waiting-times", file, "--source", site.toString()).code(), "--format is required");
        assertEquals(2, run("waiting-times", "--format", "nhs-chs").code(), "FILE is required");
        Run nothing = run();
        assertEquals(2, nothing.code());
        assertTrue(nothing.err().startsWith("Say what to import: waiting-times or oruk."), nothing.err());
    }
}
