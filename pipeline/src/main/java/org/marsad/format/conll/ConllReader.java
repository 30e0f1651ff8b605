package org.marsad.format.conll;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.marsad.document.Document;
import org.marsad.document.Source;
import org.marsad.document.Span;
import org.marsad.document.Token;
import org.marsad.format.DocumentBuilder;
import org.marsad.format.GoldSentence;
import org.marsad.ner.model.Iob;

/**
 * Reads CoNLL NER data: one token a line, the first field the token and the last its tag (so
 * CoNLL-2003's four columns read too), a blank line between sentences and a {@code -DOCSTART-}
 * line before each document. The same reader serves Marsad's own output and the gold corpora.
 *
 * <p>The tags are brought onto one scheme so that scorer and trainer see the same labels whatever
 * the corpus: ANERcorp writes PERS where AQMAR and Marsad write PER, AQMAR splits MISC into
 * MIS0–MIS3 and carries a few typos ({@code B-MISS1}, {@code B-MIS1`}, {@code B-MIS-2},
 * {@code I--ORG}) and non-entity tags ({@code OO}, {@code IO}, {@code B-ENGLISH}). A stray
 * {@code I-X} is then read as the start of an entity, as conlleval and the corpora's READMEs read it.
 */
public final class ConllReader {
    /** Marks that editors leave around Arabic words; not white space to Java, so trimmed by hand. */
    private static final String MARKS = "\uFEFF\u200E\u200F";
    private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s+");

    private final List<List<GoldSentence>> documents = new ArrayList<>();
    private final List<String> tokens = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private GoldSentence.Builder document = new GoldSentence.Builder();

    private ConllReader() {
    }

    /**
     * The sentences of a UTF-8 file, its documents one after another. Line ends may be LF or
     * CRLF, and a byte-order mark is ignored.
     */
    public static List<GoldSentence> sentences(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return documents(in).stream().flatMap(List::stream).toList();
        }
    }

    /**
     * Reads documents as {@link ConllWriter} writes them. The format keeps no spacing: the text
     * is rebuilt with one space between tokens and a line break between sentences, and mentions
     * span whole tokens. Documents are numbered {@code doc-1, doc-2 …} in order, since
     * {@code -DOCSTART-} names none.
     */
    public static List<Document> read(BufferedReader in, String sourcePath) throws IOException {
        List<Document> out = new ArrayList<>();
        for (List<GoldSentence> sentences : documents(in)) {
            out.add(document("doc-" + (out.size() + 1), Source.ofPath(sourcePath), sentences));
        }
        return out;
    }

    /** The sentences of each document that has any. */
    static List<List<GoldSentence>> documents(BufferedReader in) throws IOException {
        ConllReader reader = new ConllReader();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            reader.accept(line);
        }
        reader.endDocument();
        return reader.documents;
    }

    private void accept(String line) {
        String[] fields = FIELD_SEPARATOR.split(line.strip());
        String token = trimMarks(fields[0]);
        if (token.equals(ConllWriter.DOCSTART)) {
            endDocument();
        } else if (fields.length < 2) {
            // A blank line (or marks alone) ends the sentence; a token without a tag has no gold.
            if (token.isEmpty()) {
                endSentence();
            }
        } else {
            // AQMAR has tokens that are a direction mark alone: kept, so positions match the file.
            tokens.add(token.isEmpty() ? fields[0] : token);
            tags.add(normaliseTag(trimMarks(fields[fields.length - 1])));
        }
    }

    private void endSentence() {
        List<String> repaired = Iob.repair(tags);
        for (int t = 0; t < tokens.size(); t++) {
            document.word(tokens.get(t), true, null, repaired.get(t));
        }
        document.endSentence();
        tokens.clear();
        tags.clear();
    }

    private void endDocument() {
        endSentence();
        List<GoldSentence> sentences = document.sentences();
        if (!sentences.isEmpty()) {
            documents.add(sentences);
        }
        document = new GoldSentence.Builder();
    }

    private static Document document(String id, Source source, List<GoldSentence> sentences) {
        DocumentBuilder doc = new DocumentBuilder(id, source);
        for (GoldSentence sentence : sentences) {
            if (!doc.isEmpty()) {
                doc.space("\n");
            }
            Span text = doc.surface(sentence.text());
            for (GoldSentence.Word word : sentence.words()) {
                Token token = Token.of(word.span().shift(text.start()));
                doc.tag(token.span(), word.ner(), null);
                doc.add(token);
            }
            doc.endSentence();
        }
        return doc.build();
    }

    /** Maps one raw tag to {@code O}, {@code B-T} or {@code I-T} with T one of PERS, ORG, LOC, MISC. */
    static String normaliseTag(String raw) {
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
