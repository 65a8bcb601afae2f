package org.localoffer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.localoffer.problem.Problem;
import org.localoffer.problem.Problems;
import org.localoffer.testing.TestData;
import org.localoffer.testing.TestSite;

class PageReaderTest {

    private final Problems problems = new Problems();
    private final PageReader reader = new PageReader(TestData.site(), TestData.data());

    @Test
    void readsAServicePage() {
        Page p = reader.read("services/slt.md", TestSite.service("Speech and language therapy", ""), problems).orElseThrow();
        assertTrue(problems.isEmpty(), problems.sorted().toString());
        assertEquals("/services/slt/", p.url());
        assertEquals("services/slt/index.md", p.stagedPath());
        assertEquals(PageType.SERVICE, p.type());
        assertEquals(List.of("health", "therapy"), p.categories());
        assertEquals(new AgeRange(0, 19), p.ages());
        assertEquals(Availability.WAITING_LIST, p.availability());
        assertEquals("tel:01004960231", p.contact().phoneLink());
        assertEquals(LocalDate.of(2027, 3, 1), p.reviewBy());
        assertEquals(false, p.draft());
        assertEquals(18, p.bodyStartLine());
        assertEquals(3, p.lineOf("type"));
    }

    @Test
    void mapsSourceFilesToCleanUrls() {
        assertEquals("/", Page.urlFor("index.md"));
        assertEquals("/guides/", Page.urlFor("guides/index.md"));
        assertEquals("/about/", Page.urlFor("about.md"));
        assertEquals("/services/audiology/", Page.urlFor("services/audiology.md"));
    }

    @Test
    void reportsUnknownValuesWithTheirLineAndASuggestion() {
        String text = TestSite.service("X", "").replace("categories: [health, therapy]", "categories: [helth]");
        assertTrue(reader.read("services/x.md", text, problems).isEmpty());
        assertEquals(List.of("content/services/x.md:5: error: 'helth' is not a known value for categories. "
                + "Did you mean 'health'? Use one of: health, therapy, education, early-years, social-care, short-breaks, "
                + "transport, money, advice, preparing-for-adulthood, have-your-say (see content/data/taxonomy.yml)."), messages());
    }

    @Test
    void reportsKeysThatDoNotBelongToThePageType() {
        String text = "---\ntitle: About\ntype: page\navailability: open\n---\nHi\n";
        assertTrue(reader.read("about.md", text, problems).isEmpty());
        assertTrue(messages().get(0).startsWith("content/about.md:4: error: unknown key 'availability' in the front matter of a page page."),
                messages().toString());
    }

    @Test
    void reportsAnUnknownPageType() {
        assertTrue(reader.read("a.md", "---\ntitle: A\ntype: servise\n---\n", problems).isEmpty());
        assertEquals(List.of("content/a.md:3: error: type 'servise' is not a page type. Did you mean 'service'? "
                + "Use one of service, guide, news, page."), messages());
    }

    @Test
    void reportsImpossibleAges() {
        String text = TestSite.service("X", "").replace("ages: {from: 0, to: 19}", "ages: {from: 12, to: 30}");
        assertTrue(reader.read("services/x.md", text, problems).isEmpty());
        assertEquals(List.of("content/services/x.md:7: error: ages must run from 0 up to 25, with 'from' no more than 'to'; "
                + "this says 12 to 30. Correct the numbers."), messages());
    }

    @Test
    void readsDraftStatus() {
        Page p = reader.read("a.md", "---\ntitle: A\ntype: page\nstatus: draft\n---\n", problems).orElseThrow();
        assertTrue(p.draft());
    }

    private List<String> messages() {
        return problems.sorted().stream().map(Problem::format).toList();
    }
}
