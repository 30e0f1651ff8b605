package org.marsad.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.format.GoldSentence;

/**
 * Reads the Farasa WikiNews gold segmentation ({@code و+ال+تلفزيون<TAB>CONJ+DET+NOUN}, one word a
 * line, no sentence breaks) and converts it to Marsad's (ATB) scheme: the article ال joins its
 * noun, noun suffixes (ة, ات, ين …) and case endings join their stem, and a verb's subject
 * suffix (ت, وا, ون …) joins the verb; conjunctions, prepositions, the future س and pronoun
 * clitics stay split. ل + ال is written لل. Sentences end after final punctuation.
 */
public final class FarasaReader {
    private static final Set<String> SUBJECT_SUFFIXES = Set.of("ت", "تا", "تم", "تن", "تما", "نا", "ن", "وا", "ا", "ون", "ين", "ان");
    private static final Set<String> SENTENCE_FINAL = Set.of(".", "!", "؟", "?");

    private FarasaReader() {
    }

    public static List<GoldSentence> read(Path posRef) throws IOException {
        GoldSentence.Builder sentences = new GoldSentence.Builder();
        List<String> lines = Files.readAllLines(posRef, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.strip().split("\t");
            if (f.length < 2 || f[0].isEmpty()) {
                continue;
            }
            boolean spaced = true;
            for (String segment : toOurScheme(f[0].split("\\+"), f[1].split("\\+"))) {
                sentences.word(segment, spaced, null, null);
                spaced = false;
            }
            if (SENTENCE_FINAL.contains(f[0])) {
                sentences.endSentence();
            }
        }
        return sentences.sentences();
    }

    /** The surface of each segment in our scheme (a pos list shorter than the segments is padded). */
    static List<String> toOurScheme(String[] segments, String[] tags) {
        List<String> out = new ArrayList<>();
        boolean joinNext = false;
        boolean afterVerb = false;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            String tag = i < tags.length ? tags[i] : "NOUN";
            boolean joinsPrevious = !out.isEmpty() && (joinNext || tag.equals("NSUFF") || tag.equals("CASE")
                    || (afterVerb && tag.equals("PRON") && SUBJECT_SUFFIXES.contains(segment)));
            if (tag.equals("DET") && !out.isEmpty() && out.get(out.size() - 1).equals("ل") && segment.equals("ال")) {
                segment = "ل"; // ل + ال is written لل.
            }
            if (joinsPrevious) {
                out.set(out.size() - 1, out.get(out.size() - 1) + segment);
            } else {
                out.add(segment);
            }
            joinNext = tag.equals("DET");
            afterVerb = tag.equals("V") || (afterVerb && joinsPrevious && !tag.equals("PRON"));
        }
        return out;
    }
}
