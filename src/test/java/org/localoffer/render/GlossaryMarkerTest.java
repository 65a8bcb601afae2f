package org.localoffer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.localoffer.data.Glossary;
import org.localoffer.data.GlossaryEntry;

class GlossaryMarkerTest {

    private final GlossaryMarker marker = new GlossaryMarker(new Glossary(List.of(
            new GlossaryEntry("Speech and language therapy", "SALT", List.of("SLT"), "d", 1),
            new GlossaryEntry("Special educational needs", "SEN", List.of(), "d", 5),
            new GlossaryEntry("Special educational needs and disabilities", "SEND", List.of(), "d", 9))));

    private String mark(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        marker.mark(body);
        return body.html();
    }

    @Test
    void marksOnlyTheFirstUseOnAPage() {
        assertEquals("<p>Ask for <abbr title=\"Speech and language therapy\">SALT</abbr>.</p>\n<p>SALT again.</p>",
                mark("<p>Ask for SALT.</p><p>SALT again.</p>"));
    }

    @Test
    void matchesWholeWordsAndTheLongestAcronym() {
        assertEquals("<p><abbr title=\"Special educational needs and disabilities\">SEND</abbr> and "
                + "<abbr title=\"Special educational needs\">SEN</abbr> but not SENCO</p>", mark("<p>SEND and SEN but not SENCO</p>"));
    }

    @Test
    void marksOtherAcronymsForTheSameTermAndWordsAtTheEndOfText() {
        assertEquals("<p>Also called <abbr title=\"Speech and language therapy\">SLT</abbr></p>", mark("<p>Also called SLT</p>"));
    }

    @Test
    void leavesLinksAndCodeAlone() {
        assertEquals("<p><a href=\"/x\">SALT</a> <code>SEN</code></p>", mark("<p><a href=\"/x\">SALT</a> <code>SEN</code></p>"));
    }

    @Test
    void leavesPreformattedTextExistingAbbrsAndEverythingInsideThemAlone() {
        assertEquals("<pre><code>SEN</code> <b>SALT</b></pre>\n<p><abbr title=\"x\">SEN <em>SEND</em></abbr> <a href=\"/y\"><em>SLT</em></a> "
                + "<abbr title=\"Speech and language therapy\">SALT</abbr></p>",
                mark("<pre><code>SEN</code> <b>SALT</b></pre><p><abbr title=\"x\">SEN <em>SEND</em></abbr> <a href=\"/y\"><em>SLT</em></a> SALT</p>"));
    }

    @Test
    void marksNothingInAnElementThatIsItselfInsideALink() {
        Element body = Jsoup.parseBodyFragment("<p><a href=\"/x\"><em>SALT</em></a> SEN</p>").body();
        Element em = body.selectFirst("em");
        marker.mark(em);
        assertEquals("<p><a href=\"/x\"><em>SALT</em></a> SEN</p>", body.html());
        marker.mark(body.selectFirst("a"));
        assertEquals("<p><a href=\"/x\"><em>SALT</em></a> SEN</p>", body.html());
    }
}
