package org.marsad.kb;

import java.util.List;
import java.util.Map;
import org.marsad.arabic.ArabicText;
import org.marsad.document.EntityType;

/**
 * The key under which a name is matched: {@link ArabicText#key} plus the spelling choices news
 * makes either way — أمريكي / أميركي, كونغرس / كونجرس, and عبد written apart from or joined
 * to the next word (عبد المهدي / عبدالمهدي). Keys are for matching only, never output.
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
        if (key.contains("عبد ")) {
            key = key.replaceAll("(^| )عبد (?=\\S)", "$1عبد");
        }
        return key;
    }

    /**
     * The key of two adjacent words from the keys of each, as {@link #of} would give for the
     * words written together: a word that is just عبد joins the next.
     */
    public static String join(String left, String right) {
        boolean abd = left.endsWith("عبد") && (left.length() == 3 || left.charAt(left.length() - 4) == ' ');
        return abd ? left + right : left + " " + right;
    }

    /**
     * Every key a name's key can grow from, word by word, as a matcher reading text builds it:
     * for "مصطفى الكاظمي" that is "مصطفى" and "مصطفى الكاظمي"; a word written with عبد joined is
     * reached through the bare عبد too.
     */
    static List<String> prefixes(String key) {
        List<String> out = new java.util.ArrayList<>();
        String[] words = key.split(" ");
        StringBuilder prefix = new StringBuilder();
        for (String word : words) {
            String before = prefix.toString();
            if (word.startsWith("عبد") && word.length() > 3) {
                out.add(before.isEmpty() ? "عبد" : before + " عبد");
            }
            prefix.append(before.isEmpty() ? "" : " ").append(word);
            out.add(prefix.toString());
        }
        return out;
    }

    /**
     * The keys a name of an actor of {@code type} is indexed under: its own and, for a one-word
     * family name with the article (الكاظمي, الخزعلي), the same without it, as some writers
     * drop it. Other types keep the article, whose absence makes a common noun (حشد).
     */
    static List<String> indexKeys(String name, EntityType type) {
        String key = of(name);
        if (type == EntityType.PERSON && key.startsWith("ال") && !key.contains(" ") && key.length() >= 6) {
            return List.of(key, key.substring(2));
        }
        return List.of(key);
    }
}
