package org.marsad.cli;

/**
 * A mistake the user can fix (a missing or wrong file, absent shared data, a missing tool): the
 * command ends with its message as one line, {@code marsad: …}, and exit code 2, never a stack trace.
 */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message, null, false, false);
    }
}
