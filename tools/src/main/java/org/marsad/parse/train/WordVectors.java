package org.marsad.parse.train;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Word vectors as nndep reads them: fastText's text format without its count-and-size header line. */
public final class WordVectors {
    private WordVectors() {
    }

    public static void withoutHeader(Path fastText, Path out) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(fastText, StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                w.write(line.strip());
                w.newLine();
            }
        }
    }
}
