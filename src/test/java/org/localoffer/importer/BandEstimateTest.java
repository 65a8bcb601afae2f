package org.localoffer.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandEstimateTest {

    /** Counts for 0-1, >1-2, >2-4, >4-12, >12-18, >18-52, >52-104 and >104 weeks. */
    private static BandEstimate split(long... counts) {
        return estimate(List.of(WaitBand.W0_1, WaitBand.W1_2, WaitBand.W2_4, WaitBand.W4_12, WaitBand.W12_18,
                WaitBand.W18_52, WaitBand.W52_104, WaitBand.W104_PLUS), counts);
    }

    /** Counts for 0-1, >1-2, >2-4, >4-12, >12-18, >18-52 and >52 weeks. */
    private static BandEstimate older(long... counts) {
        return estimate(List.of(WaitBand.W0_1, WaitBand.W1_2, WaitBand.W2_4, WaitBand.W4_12, WaitBand.W12_18,
                WaitBand.W18_52, WaitBand.W52_PLUS), counts);
    }

    private static BandEstimate estimate(List<WaitBand> order, long... counts) {
        List<BandEstimate.Band> bands = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            bands.add(BandEstimate.Band.of(order.get(i), counts[i]));
        }
        return BandEstimate.of(bands);
    }

    @Test
    void theWorkedExampleInTheMethodNote() {
        // 100 waiting: 40 for up to 4 weeks, 40 for over 4 to 12; the 50th child is the 10th of 40 in a band 8 weeks wide.
        BandEstimate e = split(10, 10, 20, 40, 20, 0, 0, 0);
        assertEquals(100, e.counted());
        assertEquals(6.0, e.medianWeeks());
        assertEquals(18.0, e.longestWeeks());
        assertFalse(e.medianOpen());
        assertFalse(e.longestOpen());
    }

    @Test
    void theMedianIsInterpolatedInTheBandHoldingTheMiddleChild() {
        assertEquals(0.5, split(3, 0, 0, 0, 0, 0, 0, 0).medianWeeks());
        assertEquals(15.0, split(0, 0, 0, 0, 1, 0, 0, 0).medianWeeks()); // one child: half-way through 12 to 18
        assertEquals(12.0, split(1, 1, 1, 1, 1, 1, 1, 1).medianWeeks()); // 4th of 8 fills the 4-12 band
        assertEquals(3.0, split(0, 0, 4, 0, 0, 0, 0, 0).medianWeeks());
        assertEquals(18 + 17.0 / 58 * 34, split(2, 3, 5, 14, 10, 58, 10, 0).medianWeeks(), 1e-12);
        assertEquals(12 + 2.0 / 26 * 6, split(7, 8, 13, 39, 26, 43, 2, 0).medianWeeks(), 1e-12);
    }

    @Test
    void aMiddleThatFallsOnABandEdgeIsThatEdge() {
        BandEstimate e = split(10, 0, 10, 0, 0, 0, 0, 0);
        assertEquals(1.0, e.medianWeeks());
        assertEquals(4.0, e.longestWeeks());
    }

    @Test
    void emptyBandsAreSkippedWhenFindingTheMiddle() {
        // 20 waiting, 10 up to a week and 10 over 18 weeks: the 10th child closes the first band.
        assertEquals(1.0, split(10, 0, 0, 0, 0, 10, 0, 0).medianWeeks());
        // 21 waiting: the middle (10.5th) child is in the 18-52 band, half a child into ten.
        assertEquals(18 + 0.5 / 11 * 34, split(10, 0, 0, 0, 0, 11, 0, 0).medianWeeks(), 1e-12);
    }

    @Test
    void theLongestWaitIsTheTopOfTheHighestBandWithAnyoneInIt() {
        assertEquals(1.0, split(5, 0, 0, 0, 0, 0, 0, 0).longestWeeks());
        assertEquals(52.0, split(5, 0, 0, 0, 0, 1, 0, 0).longestWeeks());
        BandEstimate e = split(5, 0, 0, 0, 0, 0, 1, 0);
        assertEquals(104.0, e.longestWeeks());
        assertFalse(e.longestOpen());
    }

    @Test
    void anOpenTopBandGivesItsLowerBoundAndIsMarked() {
        BandEstimate over104 = split(5, 0, 0, 0, 0, 0, 0, 1);
        assertEquals(104.0, over104.longestWeeks());
        assertTrue(over104.longestOpen());
        assertFalse(over104.medianOpen());

        BandEstimate over52 = older(2, 3, 5, 14, 10, 56, 9);
        assertEquals(52.0, over52.longestWeeks());
        assertTrue(over52.longestOpen());
        assertEquals(18 + 15.5 / 56 * 34, over52.medianWeeks(), 1e-12);
    }

    @Test
    void aMedianInTheOpenTopBandIsItsLowerBoundAndIsMarked() {
        BandEstimate e = older(1, 0, 0, 0, 0, 0, 3);
        assertEquals(52.0, e.medianWeeks());
        assertTrue(e.medianOpen());
        assertEquals(52.0, e.longestWeeks());
        assertTrue(e.longestOpen());
    }

    @Test
    void nobodyWaitingGivesNoughts() {
        BandEstimate e = split(0, 0, 0, 0, 0, 0, 0, 0);
        assertEquals(new BandEstimate(0, 0, false, 0, false), e);
    }

    @Test
    void badBandsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BandEstimate.Band(0, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> new BandEstimate.Band(4, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> BandEstimate.of(List.of(
                BandEstimate.Band.of(WaitBand.W0_1, 1), BandEstimate.Band.of(WaitBand.W2_4, 1))));
    }

    @Test
    void bandsAreFoundByLabelWhateverTheCaseSpacingOrDash() {
        assertEquals(WaitBand.W1_2, WaitBand.byLabel("waiting  >1-2 WEEKS").orElseThrow());
        assertEquals(WaitBand.W52_104, WaitBand.byLabel("Waiting > 52 \u2013 104 weeks").orElseThrow());
        assertEquals(WaitBand.W52_PLUS, WaitBand.byLabel("Waiting >52 weeks").orElseThrow());
        assertTrue(WaitBand.isTotal(" Total Waiting List "));
        assertTrue(WaitBand.byLabel("Average (mean) waiting time in weeks").isEmpty());
        assertTrue(WaitBand.byLabel("Waiting 1-2 weeks").isEmpty());
    }
}
