package org.marsad.pos;

import java.util.Map;
import java.util.Set;
import org.marsad.arabic.ArabicText;

/**
 * Universal POS tags for the ATB tags of CoreNLP's Arabic tagger, with the few lexical
 * exceptions UD Arabic makes: forms of كان are AUX, the complementisers أن/إن/لأن are SCONJ
 * (the ATB tags all of them IN or VB*). Demonstratives (ATB DT) are PRON, as in UD Arabic-PUD.
 * The table is documented in docs/FORMAT.md.
 */
public final class Upos {
    private static final Map<String, String> BY_ATB_TAG = Map.ofEntries(
            Map.entry("NN", "NOUN"), Map.entry("NNS", "NOUN"), Map.entry("DTNN", "NOUN"), Map.entry("DTNNS", "NOUN"),
            Map.entry("NNP", "PROPN"), Map.entry("NNPS", "PROPN"), Map.entry("DTNNP", "PROPN"), Map.entry("DTNNPS", "PROPN"),
            Map.entry("JJ", "ADJ"), Map.entry("DTJJ", "ADJ"), Map.entry("JJR", "ADJ"), Map.entry("DTJJR", "ADJ"),
            Map.entry("ADJ_NUM", "ADJ"), Map.entry("DTADJ_NUM", "ADJ"),
            Map.entry("NOUN_QUANT", "DET"), Map.entry("DTNOUN_QUANT", "DET"),
            Map.entry("VB", "VERB"), Map.entry("VBD", "VERB"), Map.entry("VBP", "VERB"), Map.entry("VBN", "VERB"),
            Map.entry("VBG", "VERB"),
            Map.entry("RB", "ADV"), Map.entry("WRB", "ADV"), Map.entry("RP", "PART"), Map.entry("IN", "ADP"),
            Map.entry("CC", "CCONJ"), Map.entry("CD", "NUM"), Map.entry("DTCD", "NUM"),
            Map.entry("PRP", "PRON"), Map.entry("PRP$", "PRON"), Map.entry("WP", "PRON"), Map.entry("DT", "PRON"),
            Map.entry("WDT", "PRON"), Map.entry("PUNC", "PUNCT"), Map.entry("UH", "INTJ"), Map.entry("FW", "X"));
    private static final Set<String> AUXILIARIES = keys("كان", "كانت", "كانوا", "كانا", "كنت", "كنا", "يكون", "تكون",
            "يكونوا", "تكونوا", "أكون", "نكون", "يكن", "تكن", "كن", "ليس", "ليست", "ليسوا");
    private static final Set<String> SUBORDINATORS = keys("أن", "إن", "لأن", "كأن", "ألا", "لكي", "كي");

    private Upos() {
    }

    /** The UPOS of a segment with ATB tag {@code atb} and form {@code form}; X for an unknown tag. */
    public static String of(String atb, String form) {
        String key = ArabicText.key(form);
        if (atb.startsWith("VB") && AUXILIARIES.contains(key)) {
            return "AUX";
        }
        if ((atb.equals("IN") || atb.equals("RP")) && SUBORDINATORS.contains(key)) {
            return "SCONJ";
        }
        return BY_ATB_TAG.getOrDefault(atb, "X");
    }

    private static Set<String> keys(String... words) {
        return java.util.Arrays.stream(words).map(ArabicText::key).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
