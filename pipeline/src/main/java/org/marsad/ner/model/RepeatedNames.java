package org.marsad.ner.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.ner.features.FeatureStem;
import org.marsad.segment.SegmentationLexicon;

/**
 * Tags the recurrences of names the model found. News introduces a person in full ("رجب طيب
 * اردوغان") and then writes the family name alone, often where its own sentence says little
 * ("اردوغان في مقابلة"); a place or organisation named once is named again. The CRF reads one
 * sentence at a time and misses such a second mention. This pass gives a word the model left
 * outside every name the type it had, within {@link #WINDOW} sentences either side, as a one-word
 * name or as the last word of a person's name (the family name). Stems are compared, so وأردوغان
 * and لأردوغان recur as أردوغان; the most frequent words of the news are never tagged this way
 * (صالح is a name and an adjective).
 */
public final class RepeatedNames {
    /** Sentences either side: a news article's length, since a corpus without document breaks is read as one run. */
    static final int WINDOW = 10;
    private static final int SHORTEST = 3;

    /** How many of the news's most frequent words are never tagged as a recurrence. */
    public static final int COMMON_WORDS = 200;

    private final SegmentationLexicon lexicon;
    private final Set<String> commonWords;

    public RepeatedNames(SegmentationLexicon lexicon, Set<String> commonWords) {
        this.lexicon = lexicon;
        this.commonWords = commonWords;
    }

    /** The tags with recurrences added: sentences of surface tokens and their IOB2 tags, in reading order. */
    public List<List<String>> apply(List<List<String>> sentences, List<List<String>> tags) {
        List<String[]> stems = sentences.stream()
                .map(tokens -> tokens.stream().map(token -> FeatureStem.of(token, lexicon).stem()).toArray(String[]::new)).toList();
        List<Map<String, String>> named = new ArrayList<>(tags.size());
        for (int s = 0; s < tags.size(); s++) {
            named.add(namesIn(stems.get(s), tags.get(s)));
        }
        List<List<String>> out = new ArrayList<>(tags.size());
        for (int s = 0; s < tags.size(); s++) {
            Map<String, Map<String, Integer>> nearby = new HashMap<>();
            for (int t = Math.max(0, s - WINDOW); t <= Math.min(tags.size() - 1, s + WINDOW); t++) {
                named.get(t).forEach((stem, type) -> nearby.computeIfAbsent(stem, k -> new HashMap<>()).merge(type, 1, Integer::sum));
            }
            out.add(nearby.isEmpty() ? tags.get(s) : extend(stems.get(s), tags.get(s), nearby));
        }
        return out;
    }

    /** Stem → type of the one-word names and family names of one sentence. */
    private Map<String, String> namesIn(String[] stems, List<String> tags) {
        Map<String, String> names = new HashMap<>();
        for (Iob.Entity entity : Iob.entities(tags)) {
            if (entity.end() - entity.start() == 1 || entity.type().equals("PERS")) {
                String last = stems[entity.end() - 1];
                if (last.length() >= SHORTEST && !commonWords.contains(last)) {
                    names.put(last, entity.type());
                }
            }
        }
        return names;
    }

    private static List<String> extend(String[] stems, List<String> tags, Map<String, Map<String, Integer>> nearby) {
        List<String> out = new ArrayList<>(tags);
        for (int i = 0; i < out.size(); i++) {
            Map<String, Integer> types = nearby.get(stems[i]);
            if (types != null && out.get(i).equals("O")) {
                String type = types.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
                // Next to a name of the same type it is that name's next word (اردوغان after رجب طيب).
                boolean continues = i > 0 && out.get(i - 1).endsWith("-" + type);
                out.set(i, (continues ? "I-" : "B-") + type);
            }
        }
        return out;
    }
}
