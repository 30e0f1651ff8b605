package org.marsad.batch;

import org.marsad.read.SystemReason;

/**
 * Writing the output failed (a full disk, a lost mount, a closed pipe): the run cannot go on.
 * The message names the output and the system's reason, and nothing else: no unit is to blame.
 */
final class OutputFailure extends RuntimeException {
    OutputFailure(String output, Exception cause) {
        super("cannot write " + output + ": " + SystemReason.of(cause), cause, false, false);
    }
}
