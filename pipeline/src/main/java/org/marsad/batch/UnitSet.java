package org.marsad.batch;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The input units a previous run finished, kept as sorted 64-bit hashes: 8 bytes a unit, so a
 * journal of ten million units takes 80 MB rather than a gigabyte of strings. Two distinct units
 * of one run colliding in 64 bits is about as likely as a cosmic-ray bit flip. Serializable and
 * public for the Spark job, which ships the units of earlier runs to its executors.
 */
public final class UnitSet implements Serializable {
    private static final long serialVersionUID = 1L;

    private long[] hashes = new long[16];
    private int size;
    private boolean sorted = true;

    public synchronized void add(String unit) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        hashes[size++] = hash(unit);
        sorted = false;
    }

    public synchronized boolean contains(String unit) {
        if (!sorted) {
            Arrays.sort(hashes, 0, size);
            sorted = true;
        }
        return Arrays.binarySearch(hashes, 0, size, hash(unit)) >= 0;
    }

    public int size() {
        return size;
    }

    /** FNV-1a over the UTF-8 bytes, then a murmur-style finaliser to spread the bits. */
    static long hash(String unit) {
        long h = 0xcbf29ce484222325L;
        for (byte b : unit.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xFF)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
