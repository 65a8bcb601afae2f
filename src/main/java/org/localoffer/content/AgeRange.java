package org.localoffer.content;

/** The ages, in years, a service is for. */
public record AgeRange(int from, int to) {

    public static final int OLDEST = 25;

    /** "0 to 19 years", "Birth to 5 years", said the way parents say it. */
    public String text() {
        String start = from == 0 ? "Birth" : String.valueOf(from);
        return start + " to " + to + " years";
    }
}
