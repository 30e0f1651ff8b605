package org.marsad.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * One member of a gzip file, decompressed on its own: a {@code .warc.gz} holds a record per
 * member, so a corrupt member spoils only its own records. Unlike {@link java.util.zip.GZIPInputStream},
 * which runs on into the next member, it stops at the member's end, checks its CRC, and knows
 * where the next member starts; and when a member is corrupt, {@link #nextStart} finds the next
 * one to read on from.
 */
final class GzipMember extends InputStream {
    private static final int MAGIC_1 = 0x1f;
    private static final int MAGIC_2 = 0x8b;
    private static final int DEFLATE = 8;
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    /** The member's bytes are not a whole, valid gzip member; the message says how. */
    static final class Corrupt extends IOException {
        Corrupt(String message) {
            super(message);
        }
    }

    private final FileChannel channel;
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private final byte[] raw = new byte[1 << 16];
    /** The file offset of {@code raw[0]}; bytes before {@code position} are consumed. */
    private long rawBase;
    private int position;
    private int limit;
    private long size;
    private boolean ended;

    private GzipMember(FileChannel channel, long start) {
        this.channel = channel;
        this.rawBase = start;
    }

    /** The member starting at {@code start}, its header read. */
    static GzipMember at(FileChannel channel, long start) throws IOException {
        GzipMember member = new GzipMember(channel, start);
        member.readHeader();
        return member;
    }

    /** The file offset just past this member; meaningful once it has been read to its end. */
    long end() {
        return rawBase + position;
    }

    /** The offset of the first gzip header after {@code from}, or the file's size when there is none. */
    static long nextStart(FileChannel channel, long from) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        long base = from;
        int previous = -1;
        int beforePrevious = -1;
        while (channel.read(buffer.clear(), base) > 0) {
            buffer.flip();
            for (int i = 0; i < buffer.limit(); i++) {
                int b = buffer.get(i) & 0xFF;
                if (beforePrevious == MAGIC_1 && previous == MAGIC_2 && b == DEFLATE) {
                    return base + i - 2;
                }
                beforePrevious = previous;
                previous = b;
            }
            base += buffer.limit();
        }
        return channel.size();
    }

    private void readHeader() throws IOException {
        if (rawByte() != MAGIC_1 || rawByte() != MAGIC_2 || rawByte() != DEFLATE) {
            throw new Corrupt("not a gzip member");
        }
        int flags = rawByte();
        skip(6);   // modification time, extra flags, operating system
        if ((flags & FEXTRA) != 0) {
            skip(rawByte() | rawByte() << 8);
        }
        for (int flag : new int[] {FNAME, FCOMMENT}) {
            if ((flags & flag) != 0) {
                while (rawByte() != 0) {
                    // a zero-terminated name or comment
                }
            }
        }
        if ((flags & FHCRC) != 0) {
            skip(2);
        }
    }

    private void skip(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            rawByte();
        }
    }

    private int rawByte() throws IOException {
        if (position == limit && !fill()) {
            throw new Corrupt("gzip member cut short");
        }
        return raw[position++] & 0xFF;
    }

    private boolean fill() throws IOException {
        rawBase += limit;
        position = 0;
        limit = Math.max(0, channel.read(ByteBuffer.wrap(raw), rawBase));
        return limit > 0;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (ended) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        try {
            while (true) {
                int n = inflater.inflate(bytes, offset, length);
                if (n > 0) {
                    crc.update(bytes, offset, n);
                    size += n;
                    return n;
                }
                if (inflater.finished()) {
                    position = limit - inflater.getRemaining();
                    readTrailer();
                    return -1;
                }
                if (inflater.needsDictionary()) {
                    throw new Corrupt("corrupt gzip member: needs a preset dictionary");
                }
                if (inflater.needsInput()) {
                    if (position == limit && !fill()) {
                        throw new Corrupt("gzip member cut short");
                    }
                    inflater.setInput(raw, position, limit - position);
                    position = limit;
                }
            }
        } catch (DataFormatException e) {
            throw new Corrupt("corrupt gzip member: " + e.getMessage());
        }
    }

    private void readTrailer() throws IOException {
        long expectedCrc = rawByte() | rawByte() << 8 | rawByte() << 16 | (long) rawByte() << 24;
        long expectedSize = rawByte() | rawByte() << 8 | rawByte() << 16 | (long) rawByte() << 24;
        ended = true;
        if (expectedCrc != crc.getValue() || expectedSize != (size & 0xFFFFFFFFL)) {
            throw new Corrupt("corrupt gzip member: CRC or size does not match");
        }
    }

    @Override
    public void close() {
        inflater.end();
    }
}
