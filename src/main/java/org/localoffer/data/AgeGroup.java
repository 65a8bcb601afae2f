package org.localoffer.data;

/** An age band for browsing; a service belongs to every band its ages overlap. */
public record AgeGroup(String id, String name, int from, int to) {

    public boolean overlaps(int otherFrom, int otherTo) {
        return otherFrom <= to && otherTo >= from;
    }
}
