package org.localoffer.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChsPeriodTest {

    @Test
    void readsTheWaysNhsEnglandWritesAMonth() {
        Optional<YearMonth> sep = Optional.of(YearMonth.of(2026, 9));
        assertEquals(sep, ChsPeriod.parse("2026-09"));
        assertEquals(sep, ChsPeriod.parse("Sep-26"));
        assertEquals(sep, ChsPeriod.parse("September 2026"));
        assertEquals(sep, ChsPeriod.parse(" SEPT-26 "));
        assertEquals(sep, ChsPeriod.parse("Sep 2026"));
        assertEquals(sep, ChsPeriod.parse("september-2026"));
        assertEquals(Optional.of(YearMonth.of(2025, 1)), ChsPeriod.parse("Jan-25"));
    }

    @Test
    void refusesAnythingElse() {
        for (String bad : new String[] {"Q2 2026-27", "2026-13", "Sept", "", "13/09/2026", "Sep-2", "Septembre 2026", "2026"}) {
            assertTrue(ChsPeriod.parse(bad).isEmpty(), bad);
        }
    }
}
