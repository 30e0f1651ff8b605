package org.marsad.format.conllu;

import java.util.Map;

/**
 * Universal POS tags for the ATB tags of CoreNLP's Arabic tagger (docs/FORMAT.md has the table
 * and the reasons). Tags the model cannot emit are mapped too, so that other ATB-tagged input
 * keeps a sensible UPOS; an unknown tag becomes X.
 */
final class Upos {
    private static final Map<String, String> BY_ATB = Map.ofEntries(
            Map.entry("NN", "NOUN"), Map.entry("NNS", "NOUN"), Map.entry("DTNN", "NOUN"), Map.entry("DTNNS", "NOUN"),
            // Quantifiers (كل، بعض، جميع) head a construct like nouns; masdars (VBG) are nouns too.
            Map.entry("NOUN_QUANT", "NOUN"), Map.entry("DTNOUN_QUANT", "NOUN"), Map.entry("VBG", "NOUN"),
            Map.entry("NNP", "PROPN"), Map.entry("NNPS", "PROPN"), Map.entry("DTNNP", "PROPN"), Map.entry("DTNNPS", "PROPN"),
            Map.entry("JJ", "ADJ"), Map.entry("DTJJ", "ADJ"), Map.entry("JJR", "ADJ"), Map.entry("DTJJR", "ADJ"),
            // Ordinals (الثالثة) and participles (مضيفاً، المتعلقة) are adjectives in UD Arabic.
            Map.entry("ADJ_NUM", "ADJ"), Map.entry("DTADJ_NUM", "ADJ"), Map.entry("VN", "ADJ"),
            Map.entry("VB", "VERB"), Map.entry("VBD", "VERB"), Map.entry("VBP", "VERB"), Map.entry("VBN", "VERB"),
            Map.entry("CD", "NUM"), Map.entry("DTCD", "NUM"),
            Map.entry("PRP", "PRON"), Map.entry("PRP$", "PRON"), Map.entry("WP", "PRON"),
            Map.entry("DT", "DET"), Map.entry("WDT", "DET"),
            Map.entry("RB", "ADV"), Map.entry("WRB", "ADV"),
            Map.entry("IN", "ADP"), Map.entry("CC", "CCONJ"), Map.entry("RP", "PART"), Map.entry("NEG_PART", "PART"),
            Map.entry("PUNC", "PUNCT"), Map.entry("UH", "INTJ"), Map.entry("FW", "X"));

    private Upos() {
    }

    /** The UPOS of an ATB tag; {@code _} when there is no tag. */
    static String of(String atb) {
        return atb == null ? "_" : BY_ATB.getOrDefault(atb, "X");
    }
}
