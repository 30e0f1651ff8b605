package org.marsad.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a byte stream (JSON Lines), each at most {@code limit} bytes: a longer line is
 * skipped as it is read, never held, so one huge line cannot fill the heap. Lines end at
 * {@code \n}; a {@code \r} before it is dropped.
 */
final class LineReader {
    /** What {@link #next()} returns for a line over the limit; its bytes are gone. */
    static final byte[] TOO_LONG = new byte[0];

    private final InputStream in;
    private final int limit;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int filled;
    private boolean ended;

    LineReader(InputStream in, long limit) {
        this.in = in;
        this.limit = (int) Math.min(limit, Integer.MAX_VALUE - 8);
    }

    /** The next line without its end, {@link #TOO_LONG}, or null at the end of the stream. */
    byte[] next() throws IOException {
        byte[] line = new byte[256];
        int length = 0;
        boolean tooLong = false;
        while (true) {
            if (position == filled && !fill()) {
                if (length == 0 && !tooLong) {
                    return null;
                }
                break;
            }
            int end = position;
            while (end < filled && buffer[end] != '\n') {
                end++;
            }
            int n = end - position;
            if (!tooLong && length + n > limit) {
                tooLong = true;
                line = null;
            }
            if (!tooLong) {
                if (length + n > line.length) {
                    line = Arrays.copyOf(line, Math.max(length + n, (int) Math.min(limit, 2L * line.length)));
                }
                System.arraycopy(buffer, position, line, length, n);
                length += n;
            }
            position = end;
            if (end < filled) {
                position++;   // past the \n
                break;
            }
        }
        if (tooLong) {
            return TOO_LONG;
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return Arrays.copyOf(line, length);
    }

    private boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        int n = in.read(buffer);
        if (n < 0) {
            ended = true;
            return false;
        }
        position = 0;
        filled = n;
        return true;
    }
}
