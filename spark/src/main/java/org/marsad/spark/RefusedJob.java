package org.marsad.spark;

/** A job refused before anything is written (no input at all, an OUT it may not replace): exit status 2. */
final class RefusedJob extends Exception {
    RefusedJob(String message) {
        super(message);
    }
}
