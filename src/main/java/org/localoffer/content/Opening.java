package org.localoffer.content;

/** When a service is open, and whether it stops in school holidays. */
public record Opening(String hours, boolean termTimeOnly, String holidayCover) {
}
