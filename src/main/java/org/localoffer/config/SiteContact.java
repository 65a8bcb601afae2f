package org.localoffer.config;

/** How families reach the Local Offer team; shown in every page footer. */
public record SiteContact(String phone, String email, String hours, String address) {
}
