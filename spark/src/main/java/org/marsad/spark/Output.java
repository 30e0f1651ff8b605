package org.marsad.spark;

import java.io.Serializable;

/**
 * One line the job writes: a record, an error line, or the key of an input unit it finished
 * (annotated or in the errors), which is what {@code --incremental} skips in later runs.
 */
record Output(Kind kind, String json, long words) implements Serializable {

    enum Kind { RECORD, ERROR, UNIT }

    static Output error(String json) {
        return new Output(Kind.ERROR, json, 0);
    }

    static Output unit(String key) {
        return new Output(Kind.UNIT, key, 0);
    }
}
