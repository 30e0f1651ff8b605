package org.marsad.segment.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import org.marsad.document.Document;
import org.marsad.document.Token;
import org.marsad.segment.ContextualSegmenter;
import org.marsad.segment.CrfSegmenter;
import org.marsad.segment.Segmentation;
import org.marsad.sentence.SentenceSplitter;
import org.marsad.tokenize.Tokenizer;

/**
 * Silver data for distilling the CRF segmenter (the teacher, {@link CrfSegmenter}): how often the
 * CRF split each word each way, and, from running text, each occurrence with its neighbours.
 */
public final class SilverSegmentations {
    private final Map<String, Map<Segmentation, Integer>> counts = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<ContextualSegmenter.Occurrence> occurrences = new ConcurrentLinkedQueue<>();

    /** Word → segmentation → how often the CRF chose it. */
    public Map<String, Map<Segmentation, Integer>> counts() {
        return counts;
    }

    public List<ContextualSegmenter.Occurrence> occurrences() {
        return new ArrayList<>(occurrences);
    }

    /**
     * The CRF over running text: the best estimate of what it does with each word, at the
     * CRF's own speed, with every occurrence kept for the contextual model.
     */
    public static SilverSegmentations inContext(CrfSegmenter teacher, List<String> texts, int threads) throws InterruptedException {
        SilverSegmentations silver = new SilverSegmentations();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (String text : texts) {
            pool.submit(() -> {
                Document doc = segmented(teacher, text);
                silver.count(doc, word -> 1);
                List<Token> tokens = doc.tokens();
                for (int i = 0; i < tokens.size(); i++) {
                    String word = doc.text(tokens.get(i).span());
                    if (word.chars().anyMatch(Character::isLetter)) {
                        silver.occurrences.add(new ContextualSegmenter.Occurrence(word,
                                ContextualSegmenter.neighbour(doc, tokens, i - 1), ContextualSegmenter.neighbour(doc, tokens, i + 1),
                                Segmentation.of(tokens.get(i).segments())));
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(7, TimeUnit.DAYS);
        return silver;
    }

    /**
     * The CRF over every distinct word of the texts once, 50 words to a line, weighted by the
     * word's frequency: a twentieth of the cost of running text. Words then lack their real
     * neighbours, which the CRF's character features see, so in-context counts are preferred
     * where there are any (see {@link SegmenterTrainer}).
     */
    public static SilverSegmentations ofTypes(CrfSegmenter teacher, List<String> texts) {
        Map<String, Integer> frequency = new HashMap<>();
        for (String text : texts) {
            for (var span : Tokenizer.tokenize(text)) {
                String word = text.substring(span.start(), span.end());
                if (word.chars().anyMatch(Character::isLetter)) {
                    frequency.merge(word, 1, Integer::sum);
                }
            }
        }
        List<String> words = frequency.keySet().stream().sorted().toList();
        SilverSegmentations silver = new SilverSegmentations();
        int batch = 50;
        for (int from = 0; from < words.size(); from += batch) {
            String line = String.join(" ", words.subList(from, Math.min(words.size(), from + batch)));
            silver.count(segmented(teacher, line), word -> frequency.getOrDefault(word, 0));
        }
        return silver;
    }

    private static Document segmented(CrfSegmenter teacher, String text) {
        return teacher.annotate(new SentenceSplitter().annotate(new Tokenizer().annotate(Document.builder(text).id("silver").build())));
    }

    private void count(Document doc, ToIntFunction<String> weight) {
        for (Token token : doc.tokens()) {
            String word = doc.text(token.span());
            int w = weight.applyAsInt(word);
            if (w > 0 && word.chars().anyMatch(Character::isLetter)) {
                counts.computeIfAbsent(word, k -> new ConcurrentHashMap<>()).merge(Segmentation.of(token.segments()), w, Integer::sum);
            }
        }
    }
}
