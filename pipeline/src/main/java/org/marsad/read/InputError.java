package org.marsad.read;

/** An input that could not be turned into a document: where it is ({@code line} 0 for a whole file) and why. */
public record InputError(String path, long line, String reason) {

    @Override
    public String toString() {
        return line > 0 ? path + ":" + line + ": " + reason : path + ": " + reason;
    }
}
