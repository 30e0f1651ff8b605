package org.marsad.batch;

import java.io.UncheckedIOException;

/**
 * Writing the output failed (a full disk, a lost mount, a closed pipe): the run cannot go on.
 * The message names the output and the system's reason, and nothing else: no unit is to blame.
 */
final class OutputFailure extends RuntimeException {
    OutputFailure(String output, Exception cause) {
        super("cannot write " + output + ": " + reason(cause), cause, false, false);
    }

    private static String reason(Exception cause) {
        Exception e = cause instanceof UncheckedIOException unchecked ? unchecked.getCause() : cause;
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
