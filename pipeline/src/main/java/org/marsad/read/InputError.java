package org.marsad.read;

/**
 * An input that could not be turned into a document: where it is ({@code line} 0 for a whole
 * file; {@code record} the byte offset of a WARC record, else null) and why.
 */
public record InputError(String path, long line, String record, String reason) {

    public InputError(String path, long line, String reason) {
        this(path, line, null, reason);
    }

    public static InputError of(Unit unit, String reason) {
        return new InputError(unit.path(), unit.line(), unit.record(), reason);
    }

    /** The input unit this error accounts for. */
    public Unit unit() {
        return new Unit(path, line, record);
    }

    @Override
    public String toString() {
        return unit() + ": " + reason;
    }
}
