package org.marsad.parse.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts a sentence annotated in UD version 1 (UD Arabic-PADT r1.2) to UD 2, as the UD 2
 * guidelines map the changed labels: renamed relations and UPOS, negation as advmod with
 * Polarity=Neg, and UD 1's nmod split into UD 2's nmod (of a nominal) and obl (of a predicate).
 */
public final class UdVersionOne {
    private static final Map<String, String> RELATIONS = Map.of(
            "dobj", "obj", "nsubjpass", "nsubj:pass", "csubjpass", "csubj:pass", "auxpass", "aux:pass",
            "neg", "advmod", "mwe", "fixed", "name", "flat", "foreign", "flat:foreign");
    /** Heads whose nominal dependents are obliques in UD 2: predicates (UD 2 guidelines, "obl"). */
    private static final Set<String> PREDICATES = Set.of("VERB", "AUX", "ADJ", "ADV");

    private UdVersionOne() {
    }

    public static List<UdWord> toVersionTwo(List<UdWord> sentence) {
        List<UdWord> out = new ArrayList<>(sentence.size());
        for (UdWord word : sentence) {
            out.add(convert(word, word.head() == 0 ? null : sentence.get(word.head() - 1)));
        }
        return out;
    }

    private static UdWord convert(UdWord word, UdWord head) {
        UdWord w = word.upos().equals("CONJ") ? word.withUpos("CCONJ") : word;
        String relation = w.relation();
        if (relation.equals("neg") && !w.feats().contains("Polarity=Neg")) {
            w = w.withFeats(w.feats().equals("_") ? "Polarity=Neg" : w.feats() + "|Polarity=Neg");
        }
        String[] parts = relation.split(":", 2);
        if (parts[0].equals("nmod") && head != null && PREDICATES.contains(head.upos())) {
            return w.withRelation(parts.length == 1 ? "obl" : "obl:" + parts[1]);
        }
        return w.withRelation(RELATIONS.getOrDefault(relation, relation));
    }
}
