package org.localoffer.importer;

import java.util.Locale;

/** How labels from NHS files are compared: published capitalisation and spacing vary by month. */
final class ChsText {

    private ChsText() {
    }

    /**
     * Lower case, one space between words, no space at either end, and every en dash, em dash or
     * minus sign turned into a hyphen. "(CYP) Therapy Interventions:  Occupational Therapy" and
     * "(CYP) Therapy interventions: occupational therapy" become the same text.
     */
    static String normalise(String text) {
        return text.replace('\u00A0', ' ')
                .replaceAll("[\u2010-\u2015\u2212]", "-")
                .strip()
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }
}
