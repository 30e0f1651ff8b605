package org.marsad.arabic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The entries of a line-per-entry resource file: blank lines and {@code #} comments skipped. */
public final class ResourceLines {
    private ResourceLines() {
    }

    /** The entries of {@code resource}, resolved next to {@code owner}. */
    public static List<String> of(Class<?> owner, String resource) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource + " of " + owner.getName());
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
