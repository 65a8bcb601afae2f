package org.localoffer.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localoffer.build.SiteBuilder;
import org.localoffer.problem.Problem;
import org.localoffer.testing.TestSite;

/** The broken fixture site exercises every finding of check; each message is asserted exactly. */
public class BrokenSiteCheckIT {

    static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    public static Path copyBrokenSite(Path dir) throws IOException {
        copyTree(TestSite.REPO.resolve("src/test/resources/sites/broken"), dir);
        copyTree(TestSite.REPO.resolve("templates"), dir.resolve("templates"));
        Files.write(dir.resolve("content/large.png"), new byte[600 * 1024]);
        return dir;
    }

    @Test
    void reportsEveryFindingWithItsExactMessage(@TempDir Path dir) throws IOException {
        SiteBuilder.CheckReport report = new SiteBuilder(TODAY).checkReport(copyBrokenSite(dir));
        assertEquals(List.of(
                "content/changes.md:5: error: 'date' is not a real date: '2026-13-01'. Write the date as year-month-day, like 2026-09-01.",
                "content/changes.md:7: error: 'note' is missing from this change. Add a line 'note: ...'.",
                "content/changes.md:8: error: unknown key 'when' in a change. Remove it or correct the spelling; allowed keys are: date, note.",
                "content/data/statutory.yml:5: warning: no page covers 'complaints' (How to complain, Schedule 2, paragraph 17), which a local offer must publish. Add 'complaints' to the statutory: list of the page that covers it, or write that page.",
                "content/front-matter.md:4: error: unknown key 'sumary' in the front matter of a page page. Did you mean 'summary'? Remove it or correct the spelling; allowed keys are: title, type, summary, status, audience, co_produced_with, last_reviewed, review_by, statutory, changes.",
                "content/front-matter.md:5: error: 'parnets' is not a known value for audience. Did you mean 'parents'? Use one of: parents, young-people, professionals (see content/data/taxonomy.yml).",
                "content/front-matter.md:6: error: 'last_reviewed' is not a real date: '2026-02-30'. Write the date as year-month-day, like 2026-09-01.",
                "content/guide-missing.md:2: error: 'last_reviewed' is missing from the front matter of a guide page. Add a line 'last_reviewed: ...'.",
                "content/guide-missing.md:2: error: 'review_by' is missing from the front matter of a guide page. Add a line 'review_by: ...'.",
                "content/headings.md:5:1: warning: the heading 'Too deep' is level 4 but comes after the page title (level 1), so it skips a level. Write it as '## Too deep'.",
                "content/headings.md:9:1: warning: the heading 'Skipped' is level 4 but comes after a level 2 heading, so it skips a level. Write it as '### Skipped'.",
                "content/headings.md:11:1: error: the heading '##' has no words. Write the heading after the '## ', or remove the line.",
                "content/headings.md:13: error: the page text has a level 1 heading ('# A second title'); the title is already the page's only level 1 heading. Use '## ' for sections.",
                "content/images.md:5:1: error: the image 'photo.png' has no alt text. Write what the image shows between the square brackets, like ![The school bus outside Millbrook School](photo.png).",
                "content/images.md:7:1: warning: the alt text 'image' does not say what the image shows. Describe it in a few words, like ![The school bus outside Millbrook School](photo.png).",
                "content/images.md:9:1: warning: the alt text 'photo' does not say what the image shows. Describe it in a few words, like ![The school bus outside Millbrook School](photo.png).",
                "content/images.md:11:1: error: the image 'missing.png' goes to content/missing.png, which does not exist. Check the file name and folder.",
                "content/images.md:13:1: error: the image 'https://www.example.org/bus.png' is on another website, and pages here make no requests to other websites. Save the image in content/ and link to it there.",
                "content/images.md:15:1: warning: the image content/large.png is 600 KB, more than 500 KB, so the page loads slowly on a phone. Make it smaller, for example 1200 pixels wide and saved as JPEG.",
                "content/links.md:5:11: warning: the link text 'click here' does not say where the link goes. Write words that make sense on their own, like [apply for school transport](address).",
                "content/links.md:7:5: warning: the link text is a web address, 'https://www.example.org/transport', which is hard to read aloud. Write words that say where the link goes, like [the council's transport policy](https://www.example.org/transport).",
                "content/links.md:7:79: warning: the link text is a web address, 'https://www.example.org/apply', which is hard to read aloud. Write words that say where the link goes, like [the council's transport policy](https://www.example.org/apply).",
                "content/links.md:9:25: error: the link to 'index.md' has no text, so nobody can tell where it goes. Write words between the square brackets: [text](address).",
                "content/links.md:11: error: the link 'nothing.md' goes to content/nothing.md, which does not exist. Check the file name and folder.",
                "content/links.md:11: error: the link goes to the heading #timeline in content/index.md, but there is no heading with that id. That page has no headings to link to.",
                "content/plain-english.md:5: warning: the reading age of this page is 36 (Flesch-Kincaid grade 30.8 + 5), above 12 for general pages. Use shorter sentences and everyday words.",
                "content/plain-english.md:5:1: warning: a sentence has 33 words: 'The multidisciplinary assessment considers comprehensive developmental ...'. Split it into sentences of 25 words or fewer.",
                "content/plain-english.md:5:5: warning: 'multidisciplinary' is jargon that many parents and young people do not use. Say it in everyday words, or add it to content/data/glossary.yml with its meaning.",
                "content/plain-english.md:7:23: warning: 'holistic' is jargon that many parents and young people do not use. Say it in everyday words, or add it to content/data/glossary.yml with its meaning.",
                "content/plain-english.md:7:64: warning: 'CAMHS' is an abbreviation that is not in the glossary. Write it out in full, or add it to content/data/glossary.yml with its meaning.",
                "content/review-late.md:5: error: review_by 2026-06-01 was 183 days ago, more than the 30 days site.yml allows, so the page may be wrong. Check it with the service, then set last_reviewed to today and review_by to the next review date.",
                "content/review-soon.md:5: warning: review_by 2026-11-20 has passed. Check the page is still right, then set last_reviewed to today and review_by to the next review date.",
                "content/same-one.md:2: error: the title 'Same title' is also used by content/same-two.md. Give each page its own title, so people can tell them apart.",
                "content/same-two.md:2: error: the title 'same title' is also used by content/same-one.md. Give each page its own title, so people can tell them apart.",
                "content/young.md:6: warning: the reading age of this page is 11 (Flesch-Kincaid grade 6.1 + 5), above 6 for pages for young people. Use shorter sentences and everyday words."), report.problems().sorted().stream().map(Problem::format).toList());
        assertEquals("Statutory coverage (content/data/statutory.yml):\n" +
                "  travel-arrangements (Schedule 2 (travel arrangements)): content/index.md\n" +
                "  complaints (Schedule 2, paragraph 17): not covered\n" +
                "  1 of 2 items covered.\n", StatutoryCoverage.table(report.coverage()));
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
