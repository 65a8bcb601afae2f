package org.localoffer.config;

/** The council's colours, as #rrggbb. Both must keep white text readable (4.5:1). */
public record Brand(String primary, String link) {
}
