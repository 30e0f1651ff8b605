package org.marsad.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.marsad.arabic.ArabicText;
import org.marsad.arabic.ResourceLines;

/** Recognises page furniture that is never article text, from the patterns in {@code boilerplate.txt}. */
public final class Boilerplate {
    private static final List<Pattern> PATTERNS = ResourceLines.of(Boilerplate.class, "boilerplate.txt").stream()
            .map(Pattern::compile).toList();

    private Boilerplate() {
    }

    public static boolean matches(String line) {
        String key = ArabicText.key(line);
        return PATTERNS.stream().anyMatch(p -> p.matcher(key).matches());
    }
}
