package org.marsad.morph.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.marsad.parse.train.UdWord;
import org.marsad.pos.TaggerOrthography;

/**
 * The annotation conventions the tagger learns. {@link #PADT} keeps UD Arabic-PADT's (in UD 2
 * labels). {@link #PUD} maps them to those of UD Arabic-PUD, annotated by Google's universal
 * guidelines and converted to UD 2, which differ in what, not how well, they annotate; the rules
 * come from the two treebanks' inventories of UPOS and features (which features each UPOS
 * carries), not from PUD's sentences:
 * <ul>
 * <li>names are PROPN: PADT r1.2 tags foreign names X and Arabic ones NOUN, so X, and NOUN where
 * CoreNLP's tagger says NNP, become PROPN, with Number (and Gender) as PUD's names have;</li>
 * <li>nouns carry Gender, as adjectives do (PADT leaves it out): feminine when the word ends in
 * ة or ات (or their dual forms), else masculine;</li>
 * <li>no construct state: Definite=Cons takes the definiteness of the word it governs (the next
 * word: definite, a pronoun or a name make it Def, else Ind);</li>
 * <li>verbs carry Tense (perfect: Past; imperfect: Fut after س or سوف, else Pres) and no
 * VerbForm=Fin; pronouns no PronType; determiners only Case; prepositions no Case.</li>
 * </ul>
 */
public enum Conventions {
    PADT,
    PUD;

    private static final Set<String> FUTURE = Set.of("س", "سوف");

    /** The sentence in these conventions; {@code atb} is CoreNLP's ATB tag of each word. */
    public List<UdWord> apply(List<UdWord> sentence, List<String> atb) {
        if (this == PADT) {
            return sentence;
        }
        List<UdWord> out = new ArrayList<>(sentence.size());
        for (int i = 0; i < sentence.size(); i++) {
            UdWord word = sentence.get(i);
            UdWord next = i + 1 < sentence.size() ? sentence.get(i + 1) : null;
            String before = i > 0 ? TaggerOrthography.of(sentence.get(i - 1).form()) : "";
            out.add(pud(word, atb.get(i), next, FUTURE.contains(before)));
        }
        return out;
    }

    private static UdWord pud(UdWord word, String atb, UdWord next, boolean future) {
        Set<String> feats = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        if (!word.feats().equals("_")) {
            feats.addAll(List.of(word.feats().split("\\|")));
        }
        String upos = word.upos();
        String form = TaggerOrthography.of(word.form());
        if (upos.equals("X") || upos.equals("NOUN") && atb.contains("NNP")) {
            upos = "PROPN";
            feats.removeIf(f -> f.startsWith("Foreign=") || f.startsWith("Abbr="));
            if (feats.stream().noneMatch(f -> f.startsWith("Number="))) {
                feats.add("Number=Sing");
            }
        }
        switch (upos) {
            case "NOUN", "PROPN" -> {
                if (feats.stream().noneMatch(f -> f.startsWith("Gender="))) {
                    feats.add(feminine(form) ? "Gender=Fem" : "Gender=Masc");
                }
                definiteness(feats, next);
            }
            case "ADJ", "NUM" -> definiteness(feats, next);
            case "VERB", "AUX" -> {
                feats.remove("VerbForm=Fin");
                if (feats.contains("Aspect=Perf")) {
                    feats.add("Tense=Past");
                } else if (feats.contains("Aspect=Imp")) {
                    feats.add(future ? "Tense=Fut" : "Tense=Pres");
                }
            }
            case "PRON" -> feats.removeIf(f -> f.startsWith("PronType="));
            case "DET" -> feats.removeIf(f -> !f.startsWith("Case="));
            case "ADP" -> feats.removeIf(f -> f.startsWith("Case="));
            default -> { }
        }
        return word.withUpos(upos).withFeats(feats.isEmpty() ? "_" : String.join("|", feats));
    }

    private static boolean feminine(String form) {
        return form.endsWith("ة") || form.endsWith("ات") || form.endsWith("تان") || form.endsWith("تين");
    }

    private static void definiteness(Set<String> feats, UdWord next) {
        if (feats.remove("Definite=Cons") | feats.remove("Definite=Com")) {
            boolean definite = next != null && (next.feats().contains("Definite=Def")
                    || next.upos().equals("PRON") || next.upos().equals("X"));
            feats.add(definite ? "Definite=Def" : "Definite=Ind");
        }
    }
}
