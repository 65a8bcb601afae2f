package org.localoffer.config;

/** One part of the local area that services can be offered in, such as "north". */
public record Locality(String id, String name, String description) {
}
