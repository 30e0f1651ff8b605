package org.marsad.read;

import java.util.function.Predicate;

/**
 * How inputs are read: the largest document taken (in chars), the input units to skip because a
 * previous run finished them, and a listener told of bytes consumed and records skipped.
 */
public record ReadOptions(long maxChars, Predicate<Unit> done, Listener listener) {
    public static final long DEFAULT_MAX_CHARS = 5_000_000;
    public static final ReadOptions DEFAULTS = new ReadOptions(DEFAULT_MAX_CHARS, unit -> false, new Listener() { });

    /** Progress of reading; both methods may be called from the reading thread only. */
    public interface Listener {
        /** Input bytes consumed since the last call (compressed bytes for compressed files). */
        default void consumed(long bytes) {
        }

        /** A WARC record that is not an HTML page, skipped by design (not an error). */
        default void skippedRecord(Unit unit, String type) {
        }
    }
}
