package org.localoffer.data;

import java.time.YearMonth;

/**
 * One month's waiting figures for one service in one area, as published in
 * content/data/waiting-times.csv.
 *
 * @param waiting      children and young people on the waiting list at the end of the month
 * @param medianWeeks  half of those waiting had waited this long or less
 * @param longestWeeks the longest anyone on the list had waited
 * @param line         the CSV line, for messages
 */
public record WaitFigure(YearMonth month, String service, String area, int waiting, double medianWeeks,
                         double longestWeeks, int line) {
}
