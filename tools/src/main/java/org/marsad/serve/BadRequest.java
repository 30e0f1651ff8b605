package org.marsad.serve;

/** A request the client must change (a bad parameter, body or content type): answered 400 with the reason. */
final class BadRequest extends Exception {
    BadRequest(String message) {
        super(message, null, false, false);
    }
}
