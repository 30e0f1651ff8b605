package org.marsad.format;

/** Input in one of the token formats that cannot be read, with the line where it went wrong. */
public final class FormatException extends RuntimeException {

    public FormatException(int line, String message) {
        super("line " + line + ": " + message);
    }
}
