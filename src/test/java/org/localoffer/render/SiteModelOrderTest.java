package org.localoffer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.localoffer.content.Page;
import org.localoffer.content.PageReader;
import org.localoffer.data.WaitingData;
import org.localoffer.problem.Problems;
import org.localoffer.testing.TestData;

/** Services and guides are listed by title, ignoring case; pages with the same title keep the order they came in. */
class SiteModelOrderTest {

    private static final String[] WORDS = {"Speech", "speech", "SPEECH", "Audiology", "audiology", "Ärzte", "ärzte",
            "Zebra", "zebra", "10 things", "A", "a", "İstanbul", "istanbul", "ß", "SS", "The", "the"};

    @Test
    void servicesAndGuidesAreInTheOrderOfTheirLowerCaseTitlesAndStable() {
        PageReader reader = new PageReader(TestData.site(), TestData.data());
        Random r = new Random(11);
        List<RenderedPage> pages = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String title = WORDS[r.nextInt(WORDS.length)] + (r.nextBoolean() ? "" : " " + WORDS[r.nextInt(WORDS.length)]);
            boolean guide = r.nextInt(3) == 0;
            String text = guide ? "---\ntitle: " + title + "\ntype: guide\nsummary: S.\nlast_reviewed: 2026-09-01\nreview_by: 2027-03-01\n---\nText.\n"
                    : org.localoffer.testing.TestSite.service(title, "Text.");
            Problems problems = new Problems();
            Page page = reader.read((guide ? "guides/g" : "services/s") + i + ".md", text, problems)
                    .orElseThrow(() -> new AssertionError(problems.sorted().toString()));
            pages.add(new RenderedPage(page, "", List.of()));
        }
        SiteModel model = new SiteModel(TestData.site(), TestData.data(), pages, false,
                new WaitingView(TestData.site(), new WaitingData(List.of(), List.of()), YearMonth.of(2026, 11)));
        Comparator<RenderedPage> byLowerTitle = Comparator.comparing(p -> p.page().title().toLowerCase(Locale.UK));
        assertEquals(pages.stream().filter(p -> p.page().isService()).sorted(byLowerTitle).toList(), model.getServices());
        assertEquals(pages.stream().filter(p -> p.page().type() == org.localoffer.content.PageType.GUIDE)
                .sorted(byLowerTitle).toList(), model.getGuides());
        assertEquals(pages.stream().filter(p -> p.page().isService()).count(), model.getServices().size());
    }
}
