package org.marsad.spark;

import java.io.Serializable;

/** One piece of input on its way to an executor. {@code path} is the file's URI, {@code fileId} the id its pages take. */
sealed interface Input extends Serializable {

    String path();

    /** A line of a JSONL file ({@code line} from 1). */
    record JsonLine(String path, String fileId, long line, String json) implements Input {
    }

    /** A whole .txt/.html/.htm page file, optionally gzipped. */
    record PageFile(String path, String fileId, byte[] bytes) implements Input {
    }

    /** A web archive, read record by record on the executor. */
    record WarcFile(String path, String fileId) implements Input {
    }
}
