package org.marsad.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.marsad.arabic.ArabicText;

/** Recognises page furniture that is never article text, from the patterns in {@code boilerplate.txt}. */
public final class Boilerplate {
    private static final List<Pattern> PATTERNS = load("boilerplate.txt");

    private Boilerplate() {
    }

    public static boolean matches(String line) {
        String key = ArabicText.key(line);
        return PATTERNS.stream().anyMatch(p -> p.matcher(key).matches());
    }

    private static List<Pattern> load(String resource) {
        InputStream in = Boilerplate.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(Pattern::compile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
