package org.localoffer.testing;

import java.util.Random;

/** Random strings over a chosen alphabet, for tests that compare a fast path with the code it replaced. */
public final class RandomText {

    private RandomText() {
    }

    /** {@code length} characters, each drawn from {@code alphabet}. */
    public static String of(Random r, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
