package org.marsad.parse.train;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;
import org.marsad.Marsad;
import org.marsad.document.Document;
import org.marsad.document.Segment;
import org.marsad.document.Token;
import org.marsad.format.SentenceTokens;
import org.marsad.parse.ParserInput;

/**
 * Raw news as the parser reads it, for learning its word vectors: each sentence a line of its
 * clitic segments' forms in the parser's orthography ({@link ParserInput#form}), as Marsad's
 * tokenizer, sentence splitter and segmenter cut them.
 */
public final class SegmentCorpus {
    private SegmentCorpus() {
    }

    public static void write(List<String> texts, Path file) throws IOException {
        Marsad marsad = Marsad.builder().stages("tokenize,ssplit,segment").build();
        List<String> lines = texts.parallelStream().map(text -> lines(marsad.annotate(text))).toList();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                out.write(line);
            }
        }
    }

    private static String lines(Document document) {
        StringBuilder out = new StringBuilder();
        for (SentenceTokens sentence : SentenceTokens.of(document)) {
            StringJoiner line = new StringJoiner(" ", "", "\n");
            for (Token token : document.tokens().subList(sentence.from(), sentence.to())) {
                for (Segment segment : token.segments()) {
                    line.add(ParserInput.form(segment.form()).replace(' ', '_'));
                }
            }
            out.append(line);
        }
        return out.toString();
    }
}
