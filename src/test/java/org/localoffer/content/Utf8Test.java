package org.localoffer.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link ContentReader#utf8} accepts and decodes exactly what a strict UTF-8 decoder does. */
class Utf8Test {

    private static String strict(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Test
    void decodesAsAStrictDecoder() {
        List<byte[]> inputs = new ArrayList<>();
        for (String s : List.of("", "plain ASCII\n", "curly ‘quotes’ — dash", "\uFEFF---\n", "\uFFFD written in the file",
                "𝐀 and é", "x\u0000y")) {
            inputs.add(s.getBytes(StandardCharsets.UTF_8));
        }
        // Lone and reversed surrogates, overlong forms, code points past U+10FFFF, cut sequences, stray bytes.
        int[][] odd = {{0xED, 0xA0, 0x80}, {0xED, 0xBF, 0xBF}, {0xC0, 0xAF}, {0xE0, 0x80, 0xAF}, {0xF4, 0x90, 0x80, 0x80},
            {0xF8, 0x88, 0x80, 0x80, 0x80}, {0xE2, 0x80}, {0x80}, {0xFF}, {0xEF, 0xBF, 0xBD}, {0xF0, 0x9F, 0x98}};
        for (int[] o : odd) {
            byte[] b = new byte[o.length + 2];
            b[0] = 'a';
            for (int i = 0; i < o.length; i++) {
                b[i + 1] = (byte) o[i];
            }
            b[b.length - 1] = 'z';
            inputs.add(b);
        }
        Random r = new Random(13);
        byte[] pieces = "aZ\n ".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 200_000; i++) {
            byte[] b = new byte[r.nextInt(10)];
            for (int k = 0; k < b.length; k++) {
                int kind = r.nextInt(4);
                b[k] = kind == 0 ? pieces[r.nextInt(pieces.length)]
                        : kind == 1 ? (byte) (0x80 + r.nextInt(0x40)) // continuation bytes
                        : kind == 2 ? (byte) (0xC0 + r.nextInt(0x40)) // lead bytes
                        : (byte) r.nextInt(256);
            }
            inputs.add(b);
        }
        for (byte[] b : inputs) {
            assertEquals(strict(b), ContentReader.utf8(b), () -> java.util.HexFormat.of().formatHex(b));
        }
    }
}
