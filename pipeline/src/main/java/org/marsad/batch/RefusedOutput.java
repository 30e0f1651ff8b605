package org.marsad.batch;

/**
 * An output a run must not write: an input, a file another run is writing, or a run made with
 * another format or other inputs. The message is the one line the user sees; no trace.
 */
final class RefusedOutput extends Exception {
    RefusedOutput(String message) {
        super(message, null, false, false);
    }
}
