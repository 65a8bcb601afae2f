package org.localoffer.importer;

import java.util.List;

/**
 * The median and longest wait worked out from counts of people in wait bands, because NHS
 * England publishes only how many people are in each band, not each person's wait.
 *
 * <p><b>How these figures are worked out.</b> NHS England counts the children waiting at the end
 * of each month in bands: up to 1 week, over 1 to 2 weeks, over 2 to 4, over 4 to 12, over 12 to
 * 18, over 18 to 52, and over 52 weeks (in newer files, over 52 to 104 and over 104 weeks). The
 * number waiting is NHS England's total waiting list. For the median, we line the children up
 * from the shortest wait to the longest, find the band that holds the child in the middle, and
 * assume the children in that band are spread evenly across it. For example, if 100 children are
 * waiting, 40 of them for up to 4 weeks and 40 for over 4 to 12 weeks, the 50th child is the 10th
 * of 40 in a band 8 weeks wide, so the median is 4 + 10/40 × 8 = 6 weeks. The longest wait is the
 * top of the longest band that has anyone in it, so it can be up to a band's width above the real
 * longest wait. The top band has no upper limit: when anyone is in it, the longest wait shown is
 * its lower limit (52 or 104 weeks) and means "more than" that; if the middle child is in it, the
 * median is shown the same way.
 *
 * @param counted      how many people the bands hold in all
 * @param medianWeeks  the estimated median wait in weeks
 * @param medianOpen   true when the median is in the open top band, so the true median is more
 *                     than {@code medianWeeks}
 * @param longestWeeks the upper bound of the highest band with anyone in it
 * @param longestOpen  true when that band is the open top band, so {@code longestWeeks} is its
 *                     lower bound and the longest wait is more than that
 */
public record BandEstimate(long counted, double medianWeeks, boolean medianOpen, double longestWeeks, boolean longestOpen) {

    /**
     * One wait band and how many people are in it.
     *
     * @param fromWeeks the lower bound (waits above it, or from 0 for the first band)
     * @param toWeeks   the upper bound, included, or {@link Double#POSITIVE_INFINITY} for an open band
     */
    public record Band(double fromWeeks, double toWeeks, long count) {
        public Band {
            if (count < 0) {
                throw new IllegalArgumentException("a band cannot hold a negative count: " + count);
            }
            if (!(toWeeks > fromWeeks) || fromWeeks < 0) {
                throw new IllegalArgumentException("a band must run upwards from 0 or more: " + fromWeeks + " to " + toWeeks);
            }
        }

        public static Band of(WaitBand band, long count) {
            return new Band(band.fromWeeks(), band.toWeeks(), count);
        }

        boolean open() {
            return Double.isInfinite(toWeeks);
        }
    }

    /**
     * @param bands bands in order from the shortest wait, each starting where the one before ended;
     *              only the last may be open
     */
    public static BandEstimate of(List<Band> bands) {
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).fromWeeks() != bands.get(i - 1).toWeeks()) {
                throw new IllegalArgumentException("bands must follow on from each other: " + bands);
            }
        }
        long total = bands.stream().mapToLong(Band::count).sum();
        if (total == 0) {
            return new BandEstimate(0, 0, false, 0, false);
        }
        double half = total / 2.0;
        double median = 0;
        boolean medianOpen = false;
        long before = 0;
        for (Band band : bands) {
            if (band.count() > 0 && before + band.count() >= half) {
                if (band.open()) {
                    median = band.fromWeeks();
                    medianOpen = true;
                } else {
                    median = band.fromWeeks() + (half - before) / band.count() * (band.toWeeks() - band.fromWeeks());
                }
                break;
            }
            before += band.count();
        }
        Band top = null;
        for (Band band : bands) {
            if (band.count() > 0) {
                top = band;
            }
        }
        boolean longestOpen = top.open();
        double longest = longestOpen ? top.fromWeeks() : top.toWeeks();
        return new BandEstimate(total, median, medianOpen, longest, longestOpen);
    }
}
