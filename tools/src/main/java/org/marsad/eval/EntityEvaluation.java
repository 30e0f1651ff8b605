package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.marsad.document.CodePointIndex;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Mention;
import org.marsad.document.Source;
import org.marsad.lang.LanguageIdentifier;
import org.marsad.pipeline.Pipeline;

/**
 * Scores entity mentions and their links against a gold set in the format of
 * {@code corpus/gold/} ({@code {"id", "text", "entities": [{"start", "end", "type", "id"}]}},
 * code point offsets):
 * <ul>
 * <li>mentions — exact span and type, micro and per type P/R/F1 (MISC mentions are not scored:
 *     the gold set marks people, organisations and places only);</li>
 * <li>linking — pairwise over the mentions found with the right span and type, across the whole
 *     set: a pair is positive when both mentions are one actor (gold: the same gold id; system:
 *     the same entity id). It scores the clustering of mentions into actors, whatever the ids.</li>
 * </ul>
 */
public final class EntityEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A mention as scored: document, code point span and type. */
    record Key(String document, int start, int end, String type) {
    }

    /** The scores of one run. */
    public record Result(Prf mentions, Map<String, Prf> perType, Prf linking) {
    }

    private EntityEvaluation() {
    }

    public static Result score(Path gold, Pipeline pipeline) throws IOException {
        Map<Key, String> goldIds = new HashMap<>();
        Map<Key, String> predictedIds = new HashMap<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode record = JSON.readTree(line);
            String id = record.get("id").asText();
            for (JsonNode e : record.get("entities")) {
                goldIds.put(new Key(id, e.get("start").asInt(), e.get("end").asInt(), e.get("type").asText()), e.get("id").asText());
            }
            // The gold set is Arabic: every stage runs on every paragraph, as the scores mean.
            Document doc = pipeline.annotate(Document.builder(record.get("text").asText()).id(id)
                    .source(Source.ofPath(gold.toString())).lang(LanguageIdentifier.ARABIC).build());
            CodePointIndex cp = new CodePointIndex(doc.text());
            for (Mention m : doc.mentions()) {
                if (m.type() == EntityType.MISC) {
                    continue; // the gold set marks people, organisations and places only
                }
                predictedIds.put(new Key(id, cp.toCodePoint(m.span().start()), cp.toCodePoint(m.span().end()), m.type().name()),
                        m.entity() == null ? null : m.entity().id());
            }
        }
        Map<String, Prf> perType = new TreeMap<>();
        Prf micro = Prf.ZERO;
        Set<Key> all = new HashSet<>(goldIds.keySet());
        all.addAll(predictedIds.keySet());
        for (Key key : all) {
            boolean g = goldIds.containsKey(key);
            boolean p = predictedIds.containsKey(key);
            Prf one = new Prf(g && p ? 1 : 0, p && !g ? 1 : 0, g && !p ? 1 : 0);
            perType.merge(key.type(), one, Prf::plus);
            micro = micro.plus(one);
        }
        return new Result(micro, perType, pairwise(goldIds, predictedIds));
    }

    /** Pairwise linking over the mentions both sides have. */
    static Prf pairwise(Map<Key, String> goldIds, Map<Key, String> predictedIds) {
        List<Key> matched = new ArrayList<>();
        for (Key key : goldIds.keySet()) {
            if (predictedIds.containsKey(key)) {
                matched.add(key);
            }
        }
        long both = 0;
        long goldOnly = 0;
        long predictedOnly = 0;
        for (int i = 0; i < matched.size(); i++) {
            for (int j = i + 1; j < matched.size(); j++) {
                boolean g = goldIds.get(matched.get(i)).equals(goldIds.get(matched.get(j)));
                String pi = predictedIds.get(matched.get(i));
                boolean p = pi != null && pi.equals(predictedIds.get(matched.get(j)));
                both += g && p ? 1 : 0;
                goldOnly += g && !p ? 1 : 0;
                predictedOnly += p && !g ? 1 : 0;
            }
        }
        return new Prf(both, predictedOnly, goldOnly);
    }
}
