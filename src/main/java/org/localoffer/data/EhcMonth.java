package org.localoffer.data;

import java.time.YearMonth;

/** One month of EHC plans: how many were issued, and how many within the legal 20 weeks. */
public record EhcMonth(YearMonth month, int plansIssued, int issuedWithinTwentyWeeks, int line) {

    public double share() {
        return plansIssued == 0 ? 0 : (double) issuedWithinTwentyWeeks / plansIssued;
    }
}
