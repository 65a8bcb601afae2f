package org.localoffer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.localoffer.data.Glossary;
import org.localoffer.data.GlossaryEntry;

class GlossarySynonymsTest {

    @Test
    void eachEntryIsAGroupOfItsTermAcronymAndOtherWords() {
        GlossarySynonyms synonyms = GlossarySynonyms.from(new Glossary(List.of(
                new GlossaryEntry("Occupational therapy", "OT", null, "Everyday skills.", 1),
                new GlossaryEntry("Special educational needs coordinator", "SENCO", List.of(), "A teacher.", 5),
                new GlossaryEntry("Respite", null, List.of("short breaks"), "A rest.", 9),
                new GlossaryEntry("Transition", null, List.of(), "A change.", 12))));
        assertEquals(Map.of(
                "Occupational therapy", List.of("occupational therapy", "ot"),
                "Special educational needs coordinator", List.of("special educational needs coordinator", "senco"),
                "Respite", List.of("respite", "short breaks")), synonyms.groups());
    }

    @Test
    void theMapExpandsAnAcronymToItsWordsWhileIndexing() {
        SearchAnalysis analysis = new SearchAnalysis(GlossarySynonyms.from(new Glossary(List.of(
                new GlossaryEntry("Occupational therapy", "OT", null, "Everyday skills.", 1)))).map());
        assertEquals(List.of("occup", "ot", "therapi"), SearchAnalysis.terms(analysis.indexAnalyzer(), "OT"));
    }
}
