package org.localoffer.render;

/** One step of a breadcrumb trail. */
public record Crumb(String title, String url) {
}
