package org.marsad.read;

/**
 * An input unit, the grain at which a run accounts for its input and resumes: a file, a line of a
 * JSONL file ({@code line} > 0), or a record of a WARC file at a byte offset ({@code record}).
 */
public record Unit(String path, long line, String record) {

    public static Unit file(String path) {
        return new Unit(path, 0, null);
    }

    /** The unit's key, unique in a run: {@code path}, {@code path:line} or {@code path@offset}. */
    @Override
    public String toString() {
        return path + (line > 0 ? ":" + line : "") + (record != null ? "@" + record : "");
    }
}
