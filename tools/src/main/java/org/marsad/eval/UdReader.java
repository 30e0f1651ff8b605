package org.marsad.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.marsad.format.GoldSentence;

/**
 * Reads CoNLL-U where clitics are separate words marked {@code SpaceAfter=No} (as in UD
 * Arabic-PUD, which has no multiword-token lines): the sentence text is rebuilt from the words
 * and their spacing, so every gold split point is an offset in it.
 */
public final class UdReader {
    private UdReader() {
    }

    public static List<GoldSentence> read(Path conllu) throws IOException {
        GoldSentence.Builder sentences = new GoldSentence.Builder();
        boolean spaced = false;
        for (String line : Files.readAllLines(conllu, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                sentences.endSentence();
                continue;
            }
            String[] f = line.split("\t");
            if (line.startsWith("#") || f[0].contains("-") || f[0].contains(".")) {
                continue;
            }
            sentences.word(f[1], spaced, f[3], null);
            spaced = !f[9].contains("SpaceAfter=No");
        }
        return sentences.sentences();
    }
}
