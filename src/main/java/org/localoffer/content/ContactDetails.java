package org.localoffer.content;

/** How to reach a service. Any of the parts may be null, but not all of them. */
public record ContactDetails(String phone, String email, String website, String address) {

    /** The phone number as a tel: link target, digits only. */
    public String phoneLink() {
        return phone == null ? null : "tel:" + phone.replaceAll("[^0-9+]", "");
    }
}
