package org.marsad.arabic;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Word classes learned from raw news: each known word has a two-level id {@code coarse.fine}, so
 * a rare name shares evidence with the frequent words of its class (بوش, أوباما and كاميرون fall
 * together). Words are whatever keys the trainer was given; NER uses normalised stems.
 */
public final class WordClusters {

    /** A word's class at each level, coarse first. */
    public record Classes(String coarse, String fine) {
    }

    private final Map<String, Classes> byWord;

    private WordClusters(Map<String, Classes> byWord) {
        this.byWord = byWord;
    }

    public static WordClusters of(Map<String, Classes> byWord) {
        return new WordClusters(new LinkedHashMap<>(byWord));
    }

    /** Reads a gzipped {@code word<TAB>coarse.fine} file. */
    public static WordClusters read(InputStream gzipped) {
        Map<String, Classes> byWord = new LinkedHashMap<>();
        Map<String, Classes> shared = new HashMap<>(); // one Classes object per id, not per word
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                String id = line.substring(tab + 1);
                byWord.put(line.substring(0, tab), shared.computeIfAbsent(id,
                        k -> new Classes(k.substring(0, k.indexOf('.')), k)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WordClusters(byWord);
    }

    /** The classes of {@code word}, or null when it was too rare to be clustered. */
    public Classes get(String word) {
        return byWord.get(word);
    }

    /** The {@code n} most frequent clustered words (the file lists words by frequency). */
    public List<String> mostFrequent(int n) {
        return byWord.keySet().stream().limit(n).toList();
    }

    public int size() {
        return byWord.size();
    }

    /** Writes the gzipped form {@link #read} takes, in the order the map was given (by frequency). */
    public void write(Path file) throws IOException {
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
            for (Map.Entry<String, Classes> e : byWord.entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue().fine() + "\n");
            }
        }
    }
}
