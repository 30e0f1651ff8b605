package org.marsad.parse.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Unlabelled and labelled attachment of a parse against the gold one, both CoNLL-X with the
 * same words, punctuation left out (as nndep scores while it trains).
 */
public record AttachmentScore(int words, int heads, int labelled) {

    static AttachmentScore of(Path gold, Path parsed) throws IOException {
        List<String[]> want = words(gold);
        List<String[]> got = words(parsed);
        if (want.size() != got.size()) {
            throw new IllegalStateException(parsed + " has " + got.size() + " words, " + gold + " " + want.size());
        }
        int words = 0;
        int heads = 0;
        int labelled = 0;
        for (int i = 0; i < want.size(); i++) {
            String[] w = want.get(i);
            String[] g = got.get(i);
            if (w[7].equals("punct")) {
                continue;
            }
            words++;
            if (w[6].equals(g[6])) {
                heads++;
                labelled += w[7].equals(g[7]) ? 1 : 0;
            }
        }
        return new AttachmentScore(words, heads, labelled);
    }

    private static List<String[]> words(Path conllx) throws IOException {
        return Files.readAllLines(conllx, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                .map(line -> line.split("\t")).toList();
    }

    @Override
    public String toString() {
        return String.format("%d held-out words (punctuation aside): UAS %.2f, LAS %.2f", words, 100.0 * heads / words,
                100.0 * labelled / words);
    }
}
