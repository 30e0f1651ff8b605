package org.marsad.read;

/** Input that cannot become a document; the message is the reason written to the errors file. */
public final class BadInputException extends Exception {
    public BadInputException(String reason) {
        super(reason, null, false, false);
    }
}
