package org.marsad.ner.features;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.marsad.segment.SegmentationLexicon;

/**
 * Typed name lists the NER model reads as features: for every token, which list entries cover it
 * and where ({@code anergazet:LOC-B}, {@code anergazet:LOC-I}, {@code anetac:PER-1} for a
 * one-word entry). Entries are matched on {@link FeatureStem} stems, so الأردن, والأردن and
 * للأردن all match اردن. Each list keeps its own name in the feature, since the model should
 * learn how far to trust each (ANETAC's 80,000 transliterated names are noisier than ANERGazet).
 */
public final class NameLists {
    /** Longest entry in words; the lists' longer entries are rare titles of works, not names. */
    static final int MAX_WORDS = 6;

    /** label ("anergazet:LOC") → entry keys (stems joined by spaces). */
    private final Map<String, Set<String>> entries;
    /** Entry key → labels, for matching. */
    private final Map<String, Set<String>> labelsOf = new HashMap<>();
    /** The first words of the multi-word entries ("مجلس" and "مجلس امن" of "مجلس امن دولي"): where matching goes on. */
    private final Set<String> beginnings = new HashSet<>();

    private NameLists(Map<String, Set<String>> entries) {
        this.entries = entries;
        entries.forEach((label, keys) -> keys.forEach(k -> labelsOf.computeIfAbsent(k, x -> new TreeSet<>()).add(label)));
        for (String key : labelsOf.keySet()) {
            for (int space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) {
                beginnings.add(key.substring(0, space));
            }
        }
    }

    /** Lists built from raw entries: label → names as written (one or more words each). */
    public static NameLists of(Map<String, ? extends Iterable<String>> names, SegmentationLexicon lexicon) {
        Map<String, Set<String>> entries = new HashMap<>();
        names.forEach((label, list) -> {
            for (String name : list) {
                String key = key(name, lexicon);
                if (!key.isEmpty() && key.split(" ").length <= MAX_WORDS) {
                    entries.computeIfAbsent(label, l -> new TreeSet<>()).add(key);
                }
            }
        });
        return new NameLists(entries);
    }

    /** The entry key of a name: the stems of its words. */
    static String key(String name, SegmentationLexicon lexicon) {
        StringBuilder key = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            String stem = FeatureStem.of(word, lexicon).stem();
            if (!stem.isEmpty()) {
                key.append(key.length() == 0 ? "" : " ").append(stem);
            }
        }
        return key.toString();
    }

    /** Reads the gzipped {@code label<TAB>key} form {@link #write} makes. */
    public static NameLists read(InputStream gzipped) {
        Map<String, Set<String>> entries = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                entries.computeIfAbsent(line.substring(0, tab), l -> new HashSet<>()).add(line.substring(tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NameLists(entries);
    }

    /** Writes the lists sorted, so that rebuilding from the same sources gives the same file. */
    public void write(Path file) throws IOException {
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
            for (String label : new TreeSet<>(entries.keySet())) {
                for (String key : new TreeSet<>(entries.get(label))) {
                    w.write(label + "\t" + key + "\n");
                }
            }
        }
    }

    /**
     * For each token of a sentence given as stems, the labels of the longest entry of each label
     * starting there, marked {@code -B}/{@code -I} over a multi-word entry and {@code -1} for one word.
     */
    public List<Set<String>> match(String[] stems) {
        List<Set<String>> out = new ArrayList<>(stems.length);
        for (int i = 0; i < stems.length; i++) {
            out.add(new TreeSet<>());
        }
        for (int i = 0; i < stems.length; i++) {
            Map<String, Integer> longest = new HashMap<>();
            StringBuilder key = new StringBuilder(stems[i]);
            for (int j = i; j < Math.min(stems.length, i + MAX_WORDS); j++) {
                if (j > i) {
                    key.append(' ').append(stems[j]);
                }
                String words = key.toString();
                Set<String> labels = labelsOf.get(words);
                if (labels != null) {
                    for (String label : labels) {
                        longest.put(label, j + 1);
                    }
                }
                if (!beginnings.contains(words)) {
                    // No entry goes on from these words: a longer key matches nothing.
                    break;
                }
            }
            for (Map.Entry<String, Integer> entry : longest.entrySet()) {
                int end = entry.getValue();
                if (end == i + 1) {
                    out.get(i).add(entry.getKey() + "-1");
                    continue;
                }
                out.get(i).add(entry.getKey() + "-B");
                for (int k = i + 1; k < end; k++) {
                    out.get(k).add(entry.getKey() + "-I");
                }
            }
        }
        return out;
    }
}
