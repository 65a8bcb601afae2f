package org.localoffer.render;

import java.io.IOException;
import java.io.Writer;

/**
 * Hands a page's text to the file's writer in large pieces. FreeMarker writes a page in hundreds
 * of small pieces, and the file writer locks and encodes each one separately. For one page on
 * one thread; {@link #flush()} passes on what is left without flushing the file writer itself.
 */
final class PageWriter extends Writer {

    private final Writer out;
    private final char[] buffer = new char[8192];
    private int used;

    PageWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (used == buffer.length) {
            drain();
        }
        buffer[used++] = (char) c;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (length > buffer.length - used) {
            drain();
            if (length > buffer.length) {
                out.write(chars, offset, length);
                return;
            }
        }
        System.arraycopy(chars, offset, buffer, used, length);
        used += length;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        if (length > buffer.length - used) {
            drain();
            if (length > buffer.length) {
                out.write(text, offset, length);
                return;
            }
        }
        text.getChars(offset, offset + length, buffer, used);
        used += length;
    }

    @Override
    public void write(String text) throws IOException {
        write(text, 0, text.length());
    }

    @Override
    public void flush() throws IOException {
        drain();
    }

    @Override
    public void close() throws IOException {
        drain();
    }

    private void drain() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }
}
