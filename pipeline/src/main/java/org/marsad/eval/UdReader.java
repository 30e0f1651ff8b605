package org.marsad.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.document.Span;

/**
 * Reads CoNLL-U where clitics are separate words marked {@code SpaceAfter=No} (as in UD
 * Arabic-PUD, which has no multiword-token lines): the sentence text is rebuilt from the words
 * and their spacing, so every gold split point is an offset in it.
 */
public final class UdReader {
    private UdReader() {
    }

    public static List<GoldSentence> read(Path conllu) throws IOException {
        List<GoldSentence> sentences = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<GoldSentence.Word> words = new ArrayList<>();
        for (String line : Files.readAllLines(conllu, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (!words.isEmpty()) {
                    sentences.add(new GoldSentence(text.toString().stripTrailing(), List.copyOf(words)));
                }
                text.setLength(0);
                words.clear();
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f[0].contains("-") || f[0].contains(".")) {
                continue;
            }
            int start = text.length();
            text.append(f[1]);
            words.add(new GoldSentence.Word(new Span(start, text.length()), f[3]));
            if (!f[9].contains("SpaceAfter=No")) {
                text.append(' ');
            }
        }
        if (!words.isEmpty()) {
            sentences.add(new GoldSentence(text.toString().stripTrailing(), List.copyOf(words)));
        }
        return sentences;
    }
}
