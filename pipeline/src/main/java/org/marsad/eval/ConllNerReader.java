package org.marsad.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.marsad.format.GoldSentence;
import org.marsad.ner.model.Iob;

/**
 * Reads CoNLL {@code TOKEN TAG} files (one token a line, the first field the token and the last
 * the tag, a blank line between sentences) into IOB2 sentences over PERS/ORG/LOC/MISC.
 *
 * <p>The tags are brought onto one scheme so that scorer and trainer see the same labels whatever
 * the corpus: ANERcorp writes PERS where AQMAR writes PER, AQMAR splits MISC into MIS0–MIS3 and
 * carries a few typos ({@code B-MISS1}, {@code B-MIS1`}, {@code B-MIS-2}, {@code I--ORG}) and
 * non-entity tags ({@code OO}, {@code IO}, {@code B-ENGLISH}). A stray {@code I-X} is then read as
 * the start of an entity, as conlleval and the corpora's READMEs read it.
 */
public final class ConllNerReader {
    /** Marks that editors leave around Arabic words; not white space to Java, so trimmed by hand. */
    private static final String MARKS = "\uFEFF\u200E\u200F";
    private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s+");

    private ConllNerReader() {
    }

    /** Reads a UTF-8 file; line ends may be LF or CRLF, and a byte-order mark is ignored. */
    public static List<GoldSentence> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** Reads the lines of such a file (without their line ends). */
    public static List<GoldSentence> parse(List<String> lines) {
        GoldSentence.Builder sentences = new GoldSentence.Builder();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : lines) {
            String[] fields = FIELD_SEPARATOR.split(line.strip());
            if (fields.length < 2) {
                // A blank line (or marks alone) ends the sentence; a token without a tag has no gold.
                if (trimMarks(fields[0]).isEmpty()) {
                    addSentence(sentences, tokens, tags);
                }
                continue;
            }
            String token = trimMarks(fields[0]);
            // AQMAR has tokens that are a direction mark alone: kept, so positions match the file.
            tokens.add(token.isEmpty() ? fields[0] : token);
            tags.add(normaliseTag(trimMarks(fields[fields.length - 1])));
        }
        addSentence(sentences, tokens, tags);
        return sentences.sentences();
    }

    private static void addSentence(GoldSentence.Builder sentences, List<String> tokens, List<String> tags) {
        List<String> repaired = Iob.repair(tags);
        for (int t = 0; t < tokens.size(); t++) {
            sentences.word(tokens.get(t), true, null, repaired.get(t));
        }
        sentences.endSentence();
        tokens.clear();
        tags.clear();
    }

    /** Maps one raw tag to {@code O}, {@code B-T} or {@code I-T} with T one of PERS, ORG, LOC, MISC. */
    public static String normaliseTag(String raw) {
        String tag = raw.strip().toUpperCase(Locale.ROOT);
        if (!tag.startsWith("B-") && !tag.startsWith("I-")) {
            return "O"; // O, and the typos OO and IO
        }
        String type = tag.substring(2).replaceAll("^-+|`+$", ""); // I--ORG, B-MIS1`
        String mapped = switch (type) {
            case "PERS", "PER" -> "PERS";
            case "ORG", "LOC" -> type;
            default -> type.startsWith("MIS") ? "MISC" : null; // MISC, MIS, MIS0-3, MIS-2, MISS1
        };
        return mapped == null ? "O" : tag.charAt(0) + "-" + mapped;
    }

    private static String trimMarks(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && MARKS.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && MARKS.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }
}
