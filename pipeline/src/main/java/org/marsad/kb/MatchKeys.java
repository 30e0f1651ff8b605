package org.marsad.kb;

import java.util.Map;
import org.marsad.arabic.ArabicText;

/**
 * The key under which a name is matched: {@link ArabicText#key} plus spelling pairs that
 * news uses interchangeably (أمريكي / أميركي). Keys are for matching only, never output.
 */
public final class MatchKeys {
    private static final Map<String, String> SPELLING_PAIRS = Map.of(
            "اميرك", "امريك",
            "كونجرس", "كونغرس");

    private MatchKeys() {
    }

    public static String of(CharSequence name) {
        String key = ArabicText.key(name);
        for (var pair : SPELLING_PAIRS.entrySet()) {
            if (key.contains(pair.getKey())) {
                key = key.replace(pair.getKey(), pair.getValue());
            }
        }
        return key;
    }
}
