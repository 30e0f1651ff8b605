package org.marsad.segment;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The segmentation of frequent words, as CoreNLP's CRF segmenter splits them most often:
 * looking a word up replaces running the CRF over it. Stored gzipped, one word a line
 * ({@code word TAB lengths [TAB forms]}, see {@link Segmentation#encode}).
 */
public final class SegmentationLexicon {
    public static final String RESOURCE = "/org/marsad/models/segment/lexicon.tsv.gz";

    /**
     * Each word's segmentation as stored ({@link Segmentation#encode}); decoding it on lookup is
     * cheaper than decoding 200,000 entries at start-up, most of which a run never meets.
     */
    private final Map<String, String> encodedByWord;

    private SegmentationLexicon(Map<String, String> encodedByWord) {
        this.encodedByWord = encodedByWord;
    }

    /** A lexicon of the given segmentations. */
    public static SegmentationLexicon of(Map<String, Segmentation> byWord) {
        Map<String, String> encoded = new HashMap<>(byWord.size() * 2);
        byWord.forEach((word, segmentation) -> encoded.put(word, segmentation.encode(word)));
        return new SegmentationLexicon(encoded);
    }

    /** The lexicon shipped in the models module. */
    public static SegmentationLexicon loadDefault() {
        InputStream in = SegmentationLexicon.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is not on the classpath");
        }
        Map<String, String> encodedByWord = new HashMap<>(1 << 19);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                encodedByWord.put(line.substring(0, tab), line.substring(tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SegmentationLexicon(encodedByWord);
    }

    /** The segmentation of a word, or null if the lexicon does not know it. */
    public Segmentation get(String word) {
        String encoded = encodedByWord.get(word);
        if (encoded == null) {
            return null;
        }
        int tab = encoded.indexOf('\t');
        return tab < 0 ? Segmentation.decode(word, encoded, null)
                : Segmentation.decode(word, encoded.substring(0, tab), encoded.substring(tab + 1));
    }

    /** Whether the lexicon knows {@code word} as one that does not split. */
    public boolean isWhole(String word) {
        String encoded = encodedByWord.get(word);
        return encoded != null && encoded.indexOf(',') < 0;
    }

    public boolean contains(String word) {
        return encodedByWord.containsKey(word);
    }

    public int size() {
        return encodedByWord.size();
    }

    /** Writes the lexicon in its resource format, words sorted so rebuilds diff cleanly. */
    public void write(Path file) throws IOException {
        try (BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
            for (var entry : new TreeMap<>(encodedByWord).entrySet()) {
                writer.write(entry.getKey() + "\t" + entry.getValue() + "\n");
            }
        }
    }
}
