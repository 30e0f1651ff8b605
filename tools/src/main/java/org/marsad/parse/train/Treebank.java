package org.marsad.parse.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the syntactic words of a CoNLL-U treebank, sentence by sentence (multiword-token and empty-node lines skipped). */
public final class Treebank {
    private Treebank() {
    }

    public static List<List<UdWord>> read(Path conllu) throws IOException {
        List<List<UdWord>> sentences = new ArrayList<>();
        List<UdWord> sentence = new ArrayList<>();
        for (String line : Files.readAllLines(conllu, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                    sentence = new ArrayList<>();
                }
                continue;
            }
            String[] f = line.split("\t");
            if (line.startsWith("#") || f[0].contains("-") || f[0].contains(".")) {
                continue;
            }
            sentence.add(new UdWord(f[1], f[3], f[4], f[5], Integer.parseInt(f[6]), f[7]));
        }
        if (!sentence.isEmpty()) {
            sentences.add(sentence);
        }
        return sentences;
    }
}
