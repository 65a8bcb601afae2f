package org.localoffer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.localoffer.data.Glossary;
import org.localoffer.data.GlossaryEntry;

class SearchAnalysisTest {

    private final SearchAnalysis analysis = new SearchAnalysis(GlossarySynonyms.from(new Glossary(List.of(
            new GlossaryEntry("Speech and language therapy", "SALT", List.of("SLT"), "Help with talking.", 1)))).map());

    @Test
    void queryWordsAreSplitAsTheBrowserSplitsThem() {
        assertEquals(List.of("my", "son", "can't", "talk", "properly"), SearchAnalysis.queryWords("My son can’t talk properly!"));
        assertEquals(List.of("child", "ehcp", "2", "year"), SearchAnalysis.queryWords("child's EHCP (2-year)"));
        assertEquals(List.of(), SearchAnalysis.queryWords("?!... <> --"));
        assertEquals(List.of("логопед"), SearchAnalysis.queryWords("Логопед"));
    }

    @Test
    void stemsAreLuceneEnglishWithParentsQuestionWordsStopped() {
        assertEquals("talk", analysis.stem("talking"));
        assertEquals("therapi", analysis.stem("therapy"));
        assertEquals("", analysis.stem("the"));
        assertEquals("", analysis.stem("how"));
        assertEquals("", analysis.stem("my"));
    }

    @Test
    void pagesAreIndexedWithGlossarySynonymsBothWays() {
        assertEquals(List.of("speech", "slt", "salt", "languag", "therapi", "help"),
                SearchAnalysis.terms(analysis.indexAnalyzer(), "SALT help"));
        List<String> expanded = SearchAnalysis.terms(analysis.indexAnalyzer(), "Speech and language therapy");
        assertEquals(true, expanded.containsAll(List.of("speech", "languag", "therapi", "salt", "slt")), expanded.toString());
    }

    @Test
    void surfaceFormsKeepWordsUnstemmed() {
        assertEquals(List.of("children", "are", "talking"),
                SearchAnalysis.terms(analysis.surfaceAnalyzer(), "Children’s are talking"));
    }
}
