package org.marsad.parse.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.marsad.pos.Upos;

/**
 * Converts a sentence annotated in UD version 1 (UD Arabic-PADT r1.2) to UD 2, as the UD 2
 * guidelines map the changed labels: renamed relations, UPOS and features (Definite=Red is
 * UD 2's Definite=Cons, Negative is Polarity, Foreign=Yes), negation as advmod with
 * Polarity=Neg, UD 1's nmod split into UD 2's nmod (of a nominal) and obl (of a predicate), a
 * copula and every form of كان and ليس are AUX and a conjunction marking a clause (أن، إن، لأن)
 * SCONJ, as UD 2 Arabic-PADT has them.
 */
public final class UdVersionOne {
    private static final Map<String, String> RELATIONS = Map.of(
            "dobj", "obj", "nsubjpass", "nsubj:pass", "csubjpass", "csubj:pass", "auxpass", "aux:pass",
            "neg", "advmod", "mwe", "fixed", "name", "flat", "foreign", "flat:foreign");
    /** Heads whose nominal dependents are obliques in UD 2: predicates (UD 2 guidelines, "obl"). */
    private static final Set<String> PREDICATES = Set.of("VERB", "AUX", "ADJ", "ADV");
    private static final Map<String, String> FEATURES = Map.of(
            "Definite=Red", "Definite=Cons", "Negative=Neg", "Polarity=Neg", "Foreign=Foreign", "Foreign=Yes");

    private UdVersionOne() {
    }

    public static List<UdWord> toVersionTwo(List<UdWord> original) {
        List<UdWord> sentence = conjunctionNotRoot(original);
        List<UdWord> out = new ArrayList<>(sentence.size());
        for (UdWord word : sentence) {
            out.add(convert(word, word.head() == 0 ? null : sentence.get(word.head() - 1)));
        }
        return out;
    }

    private static UdWord convert(UdWord word, UdWord head) {
        String relation = word.relation();
        UdWord w = word.withUpos(upos(word, relation)).withFeats(features(word.feats(), relation));
        String[] parts = relation.split(":", 2);
        if (parts[0].equals("nmod") && head != null && PREDICATES.contains(head.upos())) {
            return w.withRelation(parts.length == 1 ? "obl" : "obl:" + parts[1]);
        }
        return w.withRelation(RELATIONS.getOrDefault(relation, relation));
    }

    /**
     * PADT r1.2 makes a sentence's opening conjunction (وَ، فَ) its root, the clause its
     * parataxis dependent (851 of 1,490 sentences); UD 2 makes the clause's predicate the root and
     * the conjunction its cc, as UD 2 Arabic-PADT has them. The first parataxis dependent (else
     * the first dependent not punctuation) becomes the root; the conjunction's other dependents
     * go with it.
     */
    private static List<UdWord> conjunctionNotRoot(List<UdWord> sentence) {
        int root = 0;
        while (root < sentence.size() && sentence.get(root).head() != 0) {
            root++;
        }
        if (root == sentence.size() || !sentence.get(root).upos().equals("CONJ")) {
            return sentence;
        }
        int clause = -1;
        for (int i = 0; i < sentence.size(); i++) {
            UdWord w = sentence.get(i);
            boolean candidate = w.head() == root + 1 && !w.relation().equals("punct");
            if (candidate && (clause < 0 || w.relation().equals("parataxis") && !sentence.get(clause).relation().equals("parataxis"))) {
                clause = i;
            }
        }
        if (clause < 0) {
            return sentence;
        }
        List<UdWord> out = new ArrayList<>(sentence.size());
        for (int i = 0; i < sentence.size(); i++) {
            UdWord w = sentence.get(i);
            if (i == clause) {
                out.add(w.withHead(0).withRelation("root"));
            } else if (i == root) {
                out.add(w.withHead(clause + 1).withRelation("cc"));
            } else {
                out.add(w.head() == root + 1 ? w.withHead(clause + 1) : w);
            }
        }
        return out;
    }

    private static String upos(UdWord word, String relation) {
        String upos = word.upos();
        if (upos.equals("CONJ")) {
            return relation.equals("mark") ? "SCONJ" : "CCONJ";
        }
        // UD 2 tags كان and ليس AUX wherever they occur, not only as copulas (Upos knows their forms).
        boolean auxiliary = relation.equals("cop") || Upos.of("VB", word.form()).equals("AUX");
        return upos.equals("VERB") && auxiliary ? "AUX" : upos;
    }

    /** The UD 2 features, sorted as CoNLL-U requires (by name and value, case aside). */
    private static String features(String feats, String relation) {
        Set<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        if (!feats.equals("_")) {
            for (String feature : feats.split("\\|")) {
                out.add(FEATURES.getOrDefault(feature, feature));
            }
        }
        if (relation.equals("neg")) {
            out.add("Polarity=Neg");
        }
        return out.isEmpty() ? "_" : String.join("|", out);
    }
}
