package org.marsad.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.marsad.document.Document;
import org.marsad.document.Kind;
import org.marsad.document.Source;
import org.marsad.document.Token;
import org.marsad.sentence.SentenceSplitter;
import org.marsad.tokenize.Tokenizer;

/**
 * Silver data for distilling the CRF segmenter: runs {@link CrfSegmenter} (the teacher) over
 * raw news and counts, for every word, how often the CRF split it each way in context. The
 * counts file ({@code word TAB count TAB encoded segmentation}) is what
 * {@link SegmentationLexicon} and the fallback model are built from.
 */
public final class SilverSegmentations {
    private final Map<String, Map<Segmentation, Integer>> counts = new ConcurrentHashMap<>();
    /** In text mode, every occurrence with its neighbours: what {@link ContextualSegmenter} learns from. */
    private final java.util.Queue<String> occurrences = new java.util.concurrent.ConcurrentLinkedQueue<>();

    void write(Path out) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (var word : counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                for (var seg : word.getValue().entrySet()) {
                    writer.write(word.getKey() + "\t" + seg.getValue() + "\t" + seg.getKey().encode(word.getKey()) + "\n");
                }
            }
        }
    }

    /** Reads a counts file: word → segmentation → count. */
    public static Map<String, Map<Segmentation, Integer>> read(Path file) throws IOException {
        Map<String, Map<Segmentation, Integer>> out = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split("\t", -1);
                out.computeIfAbsent(f[0], w -> new HashMap<>())
                        .put(Segmentation.decode(f[0], f[2], f.length > 3 ? f[3] : null), Integer.parseInt(f[1]));
            }
        }
        return out;
    }

    /**
     * Usage: {@code SilverSegmentations MODE NEWS.jsonl SKIP TAKE MIN_COUNT THREADS OUT.tsv} over
     * articles SKIP+1 … SKIP+TAKE of a JSONL file (field {@code content} or {@code text}).
     * MODE {@code text} has the CRF segment the running text and counts each word's segmentations
     * in context: the best estimate of what the CRF does, at the CRF's speed. MODE {@code types}
     * has it segment each word seen at least MIN_COUNT times once, 50 words to a line, which costs
     * a twentieth of the time; words then lack their real neighbours, which the CRF's character
     * features see, so in-context counts are preferred where there are any (see {@link SegmenterTrainer}).
     */
    public static void main(String[] args) throws Exception {
        boolean inContext = args[0].equals("text");
        List<String> texts = texts(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        int minCount = Integer.parseInt(args[4]);
        int threads = Integer.parseInt(args[5]);
        CrfSegmenter teacher = new CrfSegmenter(NameGuard.ofWords(List.of()));
        SilverSegmentations silver = new SilverSegmentations();
        if (inContext) {
            silver.segmentInContext(teacher, texts, threads);
        } else {
            silver.segmentTypes(teacher, texts, minCount);
        }
        silver.write(Path.of(args[6]));
        if (inContext) {
            Files.write(Path.of(args[6] + ".contexts"), silver.occurrences, StandardCharsets.UTF_8);
        }
    }

    private static List<String> texts(Path input, int skip, int take) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (var lines = Files.lines(input, StandardCharsets.UTF_8)) {
            List<String> texts = new java.util.ArrayList<>();
            for (String line : lines.skip(skip).limit(take).collect(Collectors.toList())) {
                JsonNode node = json.readTree(line);
                texts.add((node.has("content") ? node.get("content") : node.get("text")).asText());
            }
            return texts;
        }
    }

    private static Document segmented(CrfSegmenter teacher, String text) {
        Document doc = new Document("s", Kind.DOCUMENT, null, Source.ofPath("silver"), null, null, text);
        new Tokenizer().annotate(doc);
        new SentenceSplitter().annotate(doc);
        teacher.annotate(doc);
        return doc;
    }

    private void count(Document doc, java.util.function.ToIntFunction<String> weight) {
        for (Token token : doc.tokens()) {
            String word = doc.text(token.span());
            int w = weight.applyAsInt(word);
            if (w > 0 && word.chars().anyMatch(Character::isLetter)) {
                counts.computeIfAbsent(word, k -> new ConcurrentHashMap<>()).merge(Segmentation.of(token.segments()), w, Integer::sum);
            }
        }
    }

    private void segmentInContext(CrfSegmenter teacher, List<String> texts, int threads) throws InterruptedException {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        for (String text : texts) {
            pool.submit(() -> {
                Document doc = segmented(teacher, text);
                count(doc, word -> 1);
                List<Token> tokens = doc.tokens();
                for (int i = 0; i < tokens.size(); i++) {
                    String word = doc.text(tokens.get(i).span());
                    if (word.chars().anyMatch(Character::isLetter)) {
                        occurrences.add(word + "\t" + ContextualSegmenter.neighbour(doc, tokens, i - 1) + "\t"
                                + ContextualSegmenter.neighbour(doc, tokens, i + 1) + "\t"
                                + Segmentation.of(tokens.get(i).segments()).encode(word));
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(7, java.util.concurrent.TimeUnit.DAYS);
    }

    private void segmentTypes(CrfSegmenter teacher, List<String> texts, int minCount) {
        Map<String, Integer> frequency = new HashMap<>();
        for (String text : texts) {
            for (var span : Tokenizer.tokenize(text)) {
                String word = text.substring(span.start(), span.end());
                if (word.chars().anyMatch(Character::isLetter)) {
                    frequency.merge(word, 1, Integer::sum);
                }
            }
        }
        List<String> words = frequency.entrySet().stream().filter(e -> e.getValue() >= minCount)
                .map(Map.Entry::getKey).sorted().toList();
        int batch = 50;
        for (int from = 0; from < words.size(); from += batch) {
            count(segmented(teacher, String.join(" ", words.subList(from, Math.min(words.size(), from + batch)))),
                    word -> frequency.getOrDefault(word, 0));
        }
    }
}
