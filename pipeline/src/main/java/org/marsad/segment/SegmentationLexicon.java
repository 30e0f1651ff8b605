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

    private final Map<String, Segmentation> byWord;

    public SegmentationLexicon(Map<String, Segmentation> byWord) {
        this.byWord = Map.copyOf(byWord);
    }

    /** The lexicon shipped in the models module. */
    public static SegmentationLexicon loadDefault() {
        InputStream in = SegmentationLexicon.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is not on the classpath");
        }
        Map<String, Segmentation> byWord = new HashMap<>(1 << 18);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split("\t", -1);
                byWord.put(f[0], Segmentation.decode(f[0], f[1], f.length > 2 ? f[2] : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SegmentationLexicon(byWord);
    }

    /** The segmentation of a word, or null if the lexicon does not know it. */
    public Segmentation get(String word) {
        return byWord.get(word);
    }

    public boolean contains(String word) {
        return byWord.containsKey(word);
    }

    public int size() {
        return byWord.size();
    }

    /** Writes the lexicon in its resource format, words sorted so rebuilds diff cleanly. */
    public void write(Path file) throws IOException {
        try (BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
            for (var entry : new TreeMap<>(byWord).entrySet()) {
                writer.write(entry.getKey() + "\t" + entry.getValue().encode(entry.getKey()) + "\n");
            }
        }
    }
}
