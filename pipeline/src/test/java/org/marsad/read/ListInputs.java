package org.marsad.read;

import java.io.InputStream;
import java.util.List;

/**
 * Prints the files and the listing errors of the inputs named as arguments, one a line: what
 * {@link UnreadableInputTest} runs as an unprivileged user, for whom unreadable files are unreadable.
 */
public final class ListInputs {
    private ListInputs() {
    }

    public static void main(String[] args) {
        InputReader reader = new InputReader(error -> System.out.println("error " + error), InputStream.nullInputStream());
        reader.files(List.of(args)).forEach(file -> System.out.println("file " + file.id()));
    }
}
