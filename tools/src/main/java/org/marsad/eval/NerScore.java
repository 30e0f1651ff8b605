package org.marsad.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.marsad.format.GoldSentence;
import org.marsad.ner.model.Iob;

/**
 * Conlleval-style scoring of IOB2 tag sequences: an entity is right only when its start, end and
 * type all match a gold entity, so a boundary error counts as one false positive and one false
 * negative. Both sides are read after {@link Iob#repair}, so a stray I-X starts an
 * entity, as conlleval reads it.
 */
public final class NerScore {

    /** Micro P/R/F1 over all entities, and P/R/F1 for each type that gold or prediction has. */
    public record Result(Prf micro, SortedMap<String, Prf> perType) {
        public Result {
            perType = Collections.unmodifiableSortedMap(new TreeMap<>(perType));
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder("all   ").append(micro);
            perType.forEach((type, prf) -> out.append(String.format("%n%-5s %s", type, prf)));
            return out.toString();
        }
    }

    private NerScore() {
    }

    /** Scores predicted against gold tags, sentence by sentence (same sentences, same lengths). */
    public static Result score(List<List<String>> gold, List<List<String>> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold has " + gold.size() + " sentences, predicted " + predicted.size());
        }
        SortedMap<String, Prf> perType = new TreeMap<>();
        for (int s = 0; s < gold.size(); s++) {
            if (gold.get(s).size() != predicted.get(s).size()) {
                throw new IllegalArgumentException("sentence " + s + ": gold has " + gold.get(s).size()
                        + " tags, predicted " + predicted.get(s).size());
            }
            Set<Iob.Entity> goldSpans = new HashSet<>(Iob.entities(gold.get(s)));
            Set<Iob.Entity> predictedSpans = new HashSet<>(Iob.entities(predicted.get(s)));
            for (Iob.Entity span : predictedSpans) {
                boolean right = goldSpans.contains(span);
                perType.merge(span.type(), new Prf(right ? 1 : 0, right ? 0 : 1, 0), Prf::plus);
            }
            for (Iob.Entity span : goldSpans) {
                if (!predictedSpans.contains(span)) {
                    perType.merge(span.type(), new Prf(0, 0, 1), Prf::plus);
                }
            }
        }
        // Every entity has one type, so the micro counts are the sums of the per-type counts.
        Prf micro = perType.values().stream().reduce(Prf.ZERO, Prf::plus);
        return new Result(micro, perType);
    }

    /**
     * Tags the tokens of each gold document with {@code tagger}, which is given a document's
     * sentences together (it may read neighbouring sentences), and scores all the tags against the gold.
     */
    public static Result evaluate(List<List<GoldSentence>> documents, Function<List<List<String>>, List<List<String>>> tagger) {
        List<List<String>> gold = new ArrayList<>();
        List<List<String>> predicted = new ArrayList<>();
        for (List<GoldSentence> document : documents) {
            document.forEach(sentence -> gold.add(sentence.nerTags()));
            predicted.addAll(tagger.apply(document.stream().map(GoldSentence::forms).toList()));
        }
        return score(gold, predicted);
    }
}
