package org.marsad.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An input that could not be turned into a document: where it is ({@code line} 0 for a whole
 * file; {@code record} the byte offset of a WARC record, else null) and why.
 */
public record InputError(String path, long line, String record, String reason) {
    private static final ObjectMapper JSON = new ObjectMapper();

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

    /** The error as a line of an errors file ({@code OUT.errors.jsonl}): path, line or record, reason. */
    public String toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("path", path);
        if (line > 0) {
            node.put("line", line);
        }
        if (record != null) {
            node.put("record", record);
        }
        node.put("reason", reason);
        return node.toString();
    }
}
