package org.marsad.read;

/**
 * Input that cannot be read as what it should be; the message says why in plain words: the reason
 * written to the errors file, or the one line a command ends with.
 */
public final class BadInputException extends Exception {
    public BadInputException(String reason) {
        super(reason, null, false, false);
    }
}
