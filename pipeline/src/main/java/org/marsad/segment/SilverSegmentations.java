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
     * Usage: {@code SilverSegmentations NEWS.jsonl SKIP TAKE MIN_COUNT OUT.tsv}: counts the words of
     * articles SKIP+1 … SKIP+TAKE of a JSONL file (field {@code content} or {@code text}) and has
     * the CRF segment every word seen at least MIN_COUNT times, once. Segmenting word types
     * rather than running text costs a twentieth of the time; the CRF's features are
     * characters within a few positions, so a word's segmentation rarely depends on its neighbours
     * (the evaluation measures what this costs).
     */
    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        int skip = Integer.parseInt(args[1]);
        int take = Integer.parseInt(args[2]);
        int minCount = Integer.parseInt(args[3]);
        Map<String, Integer> frequency = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (var lines = Files.lines(input, StandardCharsets.UTF_8)) {
            for (String line : lines.skip(skip).limit(take).collect(Collectors.toList())) {
                JsonNode node = json.readTree(line);
                String text = (node.has("content") ? node.get("content") : node.get("text")).asText();
                for (var span : Tokenizer.tokenize(text)) {
                    String word = text.substring(span.start(), span.end());
                    if (word.chars().anyMatch(Character::isLetter)) {
                        frequency.merge(word, 1, Integer::sum);
                    }
                }
            }
        }
        List<String> words = frequency.entrySet().stream().filter(e -> e.getValue() >= minCount)
                .map(Map.Entry::getKey).sorted().toList();
        System.err.println(words.size() + " word types to segment");
        CrfSegmenter teacher = new CrfSegmenter(NameGuard.ofWords(List.of()));
        SilverSegmentations silver = new SilverSegmentations();
        int batch = 50;
        for (int from = 0; from < words.size(); from += batch) {
            String text = String.join(" ", words.subList(from, Math.min(words.size(), from + batch)));
            Document doc = new Document("s", Kind.DOCUMENT, null, Source.ofPath("silver"), null, null, text);
            new Tokenizer().annotate(doc);
            new SentenceSplitter().annotate(doc);
            teacher.annotate(doc);
            for (Token token : doc.tokens()) {
                String word = doc.text(token.span());
                if (frequency.containsKey(word)) {
                    silver.counts.computeIfAbsent(word, w -> new ConcurrentHashMap<>())
                            .merge(Segmentation.of(token.segments()), frequency.get(word), Integer::sum);
                }
            }
        }
        silver.write(Path.of(args[4]));
    }
}
