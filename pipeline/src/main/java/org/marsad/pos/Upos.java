package org.marsad.pos;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.arabic.ArabicText;

/**
 * Universal POS tags for the ATB tags of CoreNLP's Arabic tagger (docs/FORMAT.md has the table
 * and the reasons), with the lexical distinctions UD Arabic makes that the ATB tag does not:
 * forms of كان and ليس are AUX, the complementisers أن/إن/لأن are SCONJ. Tags the model cannot
 * emit are mapped too, so that other ATB-tagged input keeps a sensible UPOS; an unknown tag is X.
 */
public final class Upos {
    private static final Map<String, String> BY_ATB = Map.ofEntries(
            Map.entry("NN", "NOUN"), Map.entry("NNS", "NOUN"), Map.entry("DTNN", "NOUN"), Map.entry("DTNNS", "NOUN"),
            // Masdars (VBG in this model: قول، التزام) are nouns.
            Map.entry("VBG", "NOUN"),
            // Quantifiers (كل، بعض، جميع) are determiners in UD Arabic.
            Map.entry("NOUN_QUANT", "DET"), Map.entry("DTNOUN_QUANT", "DET"),
            Map.entry("NNP", "PROPN"), Map.entry("NNPS", "PROPN"), Map.entry("DTNNP", "PROPN"), Map.entry("DTNNPS", "PROPN"),
            Map.entry("JJ", "ADJ"), Map.entry("DTJJ", "ADJ"), Map.entry("JJR", "ADJ"), Map.entry("DTJJR", "ADJ"),
            // Ordinals (الثالثة) and participles (VN in this model: مضيفاً، المتعلقة) are adjectives in UD Arabic.
            Map.entry("ADJ_NUM", "ADJ"), Map.entry("DTADJ_NUM", "ADJ"), Map.entry("VN", "ADJ"),
            Map.entry("VB", "VERB"), Map.entry("VBD", "VERB"), Map.entry("VBP", "VERB"), Map.entry("VBN", "VERB"),
            Map.entry("CD", "NUM"), Map.entry("DTCD", "NUM"),
            Map.entry("PRP", "PRON"), Map.entry("PRP$", "PRON"), Map.entry("WP", "PRON"),
            Map.entry("DT", "DET"), Map.entry("WDT", "DET"),
            Map.entry("RB", "ADV"), Map.entry("WRB", "ADV"),
            Map.entry("IN", "ADP"), Map.entry("CC", "CCONJ"), Map.entry("RP", "PART"), Map.entry("NEG_PART", "PART"),
            Map.entry("PUNC", "PUNCT"), Map.entry("UH", "INTJ"), Map.entry("FW", "X"));
    private static final Set<String> AUXILIARIES = keys("كان", "كانت", "كانوا", "كانا", "كنت", "كنا", "يكون", "تكون",
            "يكونوا", "تكونوا", "أكون", "نكون", "يكن", "تكن", "ليس", "ليست", "ليسوا");
    private static final Set<String> SUBORDINATORS = keys("أن", "إن", "لأن", "كأن", "ألا", "لكي", "كي");

    private Upos() {
    }

    /** The UPOS of a segment with ATB tag {@code atb} and form {@code form}; {@code _} when untagged. */
    public static String of(String atb, String form) {
        if (atb == null) {
            return "_";
        }
        String key = ArabicText.key(form);
        if (atb.startsWith("VB") && AUXILIARIES.contains(key)) {
            return "AUX";
        }
        if ((atb.equals("IN") || atb.equals("RP")) && SUBORDINATORS.contains(key)) {
            return "SCONJ";
        }
        return BY_ATB.getOrDefault(atb, "X");
    }

    private static Set<String> keys(String... words) {
        return Arrays.stream(words).map(ArabicText::key).collect(Collectors.toUnmodifiableSet());
    }
}
