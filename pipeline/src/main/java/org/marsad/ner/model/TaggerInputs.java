package org.marsad.ner.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.ner.features.TokenFeatures;

/**
 * The network's vocabularies, as the trainer wrote them: each input's strings in id order, id 0
 * for padding and 1 for anything unknown. Maps a sentence's {@link TokenFeatures} to the id
 * arrays the network reads, exactly as the trainer's encoder did.
 */
final class TaggerInputs {
    private static final int UNKNOWN = 1;

    private final Map<String, Integer> words;
    private final Map<String, Integer> chars;
    private final Map<String, Integer> morphology;
    private final Map<String, Integer> coarse;
    private final Map<String, Integer> fine;
    private final Map<String, Integer> shapes;
    private final Map<String, Integer> lists;
    private final int maxChars;

    TaggerInputs(JsonNode description) {
        words = index(description.get("words"));
        chars = index(description.get("chars"));
        morphology = index(description.get("morphology"));
        coarse = index(description.get("coarse"));
        fine = index(description.get("fine"));
        shapes = index(description.get("shapes"));
        lists = index(description.get("lists"));
        maxChars = description.get("maxChars").asInt();
    }

    private static Map<String, Integer> index(JsonNode items) {
        Map<String, Integer> index = new HashMap<>(items.size() * 2);
        for (int i = 0; i < items.size(); i++) {
            index.putIfAbsent(items.get(i).asText(), i);
        }
        return index;
    }

    int listCount() {
        return lists.size();
    }

    int maxChars() {
        return maxChars;
    }

    /**
     * The ids of a batch of sentences, padded to the longest: one flat array per input, sentence
     * after sentence and token after token, and each sentence's length.
     */
    record Encoded(int sentences, int tokens, long[] word, long[] stem, long[] chars, long[] morphology, long[] coarse, long[] fine,
            long[] shape, float[] lists, long[] lengths) {
    }

    Encoded encode(List<List<TokenFeatures>> batch) {
        int b = batch.size();
        int n = batch.stream().mapToInt(List::size).max().orElse(0);
        Encoded e = new Encoded(b, n, new long[b * n], new long[b * n], new long[b * n * maxChars], new long[b * n], new long[b * n],
                new long[b * n], new long[b * n], new float[b * n * lists.size()], new long[b]);
        for (int s = 0; s < b; s++) {
            List<TokenFeatures> sentence = batch.get(s);
            e.lengths()[s] = sentence.size();
            for (int i = 0; i < sentence.size(); i++) {
                encode(sentence.get(i), s * n + i, e);
            }
        }
        return e;
    }

    private void encode(TokenFeatures f, int t, Encoded e) {
        int word = id(words, f.key());
        e.word()[t] = word == UNKNOWN ? id(words, f.stem()) : word;
        e.stem()[t] = id(words, f.stem());
        String key = f.key();
        for (int c = 0, i = 0; i < key.length() && c < maxChars; c++) {
            int cp = key.codePointAt(i);
            e.chars()[t * maxChars + c] = id(chars, new String(Character.toChars(cp)));
            i += Character.charCount(cp);
        }
        e.morphology()[t] = id(morphology, f.morphology());
        e.coarse()[t] = id(coarse, f.coarseClass());
        e.fine()[t] = id(fine, f.fineClass());
        e.shape()[t] = id(shapes, f.shape());
        for (String label : f.lists()) {
            Integer l = lists.get(label);
            if (l != null) {
                e.lists()[t * lists.size() + l] = 1f;
            }
        }
    }

    private static int id(Map<String, Integer> index, String s) {
        return index.getOrDefault(s, UNKNOWN);
    }
}
