package org.localoffer.importer;

import java.util.Optional;

/**
 * The wait bands of NHS England's Community Health Services (CHS) waiting-list statistics, as
 * labelled in the {@code MetricDescription} column. Older files have one top band, "Waiting >52
 * weeks"; newer ones split it into "Waiting >52-104 weeks" and "Waiting >104 weeks". Bands are
 * found by label, never by position or metric id.
 */
public enum WaitBand {
    W0_1("Waiting 0-1 weeks", 0, 1),
    W1_2("Waiting >1-2 weeks", 1, 2),
    W2_4("Waiting >2-4 weeks", 2, 4),
    W4_12("Waiting >4-12 weeks", 4, 12),
    W12_18("Waiting >12-18 weeks", 12, 18),
    W18_52("Waiting >18-52 weeks", 18, 52),
    W52_PLUS("Waiting >52 weeks", 52, Double.POSITIVE_INFINITY),
    W52_104("Waiting >52-104 weeks", 52, 104),
    W104_PLUS("Waiting >104 weeks", 104, Double.POSITIVE_INFINITY);

    /** The label of the metric that counts everyone on the list. */
    public static final String TOTAL_LABEL = "Total waiting list";

    private final String label;
    private final double fromWeeks;
    private final double toWeeks;

    WaitBand(String label, double fromWeeks, double toWeeks) {
        this.label = label;
        this.fromWeeks = fromWeeks;
        this.toWeeks = toWeeks;
    }

    /** The label as NHS England publishes it. */
    public String label() {
        return label;
    }

    public double fromWeeks() {
        return fromWeeks;
    }

    /** The upper bound in weeks, or positive infinity for an open top band. */
    public double toWeeks() {
        return toWeeks;
    }

    /** The band with this label, ignoring case, spaces and the kind of dash. */
    public static Optional<WaitBand> byLabel(String label) {
        String key = labelKey(label);
        for (WaitBand band : values()) {
            if (labelKey(band.label).equals(key)) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }

    /** Whether this label is the total waiting list, ignoring case, spaces and dashes. */
    public static boolean isTotal(String label) {
        return labelKey(label).equals(labelKey(TOTAL_LABEL));
    }

    /** A metric label reduced to lower case without any spaces, with every dash a hyphen. */
    static String labelKey(String label) {
        return ChsText.normalise(label).replace(" ", "");
    }
}
