package org.localoffer.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One String for each word seen lately, by its Latin-1 bytes, for one thread. A page says its words many times
 * over; handing back the same String saves a copy, and the maps the words are counted in find the key by
 * identity with its hash already worked out. A direct-mapped table: a word whose slot is taken replaces the
 * word there, so the table never grows and a look-up is one slot.
 */
final class RecentWords {

    private static final int SLOTS = 8192; // a power of two

    private final String[] words = new String[SLOTS];
    private final byte[][] keys = new byte[SLOTS][];

    /** The word of {@code bytes[start, end)}, whose String hash is {@code hash}. */
    String of(byte[] bytes, int start, int end, int hash) {
        int slot = (hash ^ (hash >>> 13)) & (SLOTS - 1);
        byte[] key = keys[slot];
        int length = end - start;
        if (key != null && key.length == length) {
            int k = 0;
            while (k < length && key[k] == bytes[start + k]) {
                k++;
            }
            if (k == length) {
                return words[slot];
            }
        }
        key = Arrays.copyOfRange(bytes, start, end);
        String word = new String(key, StandardCharsets.ISO_8859_1);
        keys[slot] = key;
        words[slot] = word;
        return word;
    }
}
