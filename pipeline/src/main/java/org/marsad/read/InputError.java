package org.marsad.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An input that could not be turned into a document: where it is ({@code line} 0 for a whole
 * file; {@code record} the byte offset of a WARC record, else null), why, and the pipeline stage
 * that lost it ({@code stage}, null when it was lost before the pipeline, in reading).
 */
public record InputError(String path, long line, String record, String reason, String stage) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public InputError(String path, long line, String record, String reason) {
        this(path, line, record, reason, null);
    }

    public InputError(String path, long line, String reason) {
        this(path, line, null, reason);
    }

    public static InputError of(Unit unit, String reason) {
        return new InputError(unit.path(), unit.line(), unit.record(), reason);
    }

    /** A unit a pipeline stage lost (extraction found no text, or a stage failed on one of its documents). */
    public static InputError inStage(Unit unit, String stage, String reason) {
        return new InputError(unit.path(), unit.line(), unit.record(), reason, stage);
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
        if (stage != null) {
            node.put("stage", stage);
        }
        node.put("reason", reason);
        return node.toString();
    }
}
