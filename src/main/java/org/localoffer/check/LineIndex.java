package org.localoffer.check;

import java.util.Arrays;

/**
 * The line and column of any character offset in a text, found by binary search in the offsets where
 * lines start, which are computed once. Flexmark's {@code Node.getLineNumber()} scans the text from the
 * start on every call; this gives the same numbers in logarithmic time.
 */
public final class LineIndex {

    /** Where each line after the first starts, counting "\n", "\r\n" and a lone "\r" as line ends (as flexmark does). */
    private final int[] anyEolStarts;
    /** Where each line after the first starts, counting only "\n" as a line end. */
    private final int[] newlineStarts;

    public LineIndex(CharSequence text) {
        if (text instanceof String s && s.indexOf('\r') < 0) {
            // Most pages end lines with "\n" only: String.indexOf finds them without a call per character.
            int[] nl = new int[16];
            int count = 0;
            for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
                if (count == nl.length) {
                    nl = Arrays.copyOf(nl, count * 2);
                }
                nl[count++] = i + 1;
            }
            this.newlineStarts = Arrays.copyOf(nl, count);
            this.anyEolStarts = newlineStarts;
            return;
        }
        int n = text.length();
        int[] any = new int[16];
        int anyCount = 0;
        int[] nl = new int[16];
        int nlCount = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (anyCount == any.length) {
                    any = Arrays.copyOf(any, anyCount * 2);
                }
                any[anyCount++] = i + 1;
                if (nlCount == nl.length) {
                    nl = Arrays.copyOf(nl, nlCount * 2);
                }
                nl[nlCount++] = i + 1;
            } else if (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n')) {
                if (anyCount == any.length) {
                    any = Arrays.copyOf(any, anyCount * 2);
                }
                any[anyCount++] = i + 1;
            }
        }
        this.anyEolStarts = Arrays.copyOf(any, anyCount);
        this.newlineStarts = Arrays.copyOf(nl, nlCount);
    }

    /**
     * The 0-based line of an offset, exactly as flexmark's {@code Document.getLineNumber(offset)}: the
     * number of line ends ("\n", "\r\n" or a lone "\r") that finish at or before the offset.
     */
    public int lineNumber(int offset) {
        return countAtOrBefore(anyEolStarts, offset);
    }

    /** The 1-based column of an offset, counting characters from the last "\n" before it. */
    public int column(int offset) {
        if (offset <= 0) {
            return offset + 1;
        }
        // The line starts after the last '\n' strictly before the offset.
        int k = countAtOrBefore(newlineStarts, offset);
        int lineStart = k == 0 ? 0 : newlineStarts[k - 1];
        return offset - lineStart + 1;
    }

    private static int countAtOrBefore(int[] sorted, int offset) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
