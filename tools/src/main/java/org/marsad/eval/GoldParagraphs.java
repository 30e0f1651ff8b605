package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.document.Document;
import org.marsad.document.Source;
import org.marsad.document.Span;
import org.marsad.lang.LanguageIdentifier;
import org.marsad.pipeline.Pipeline;

/**
 * The paragraphs of a gold set of quotations and time expressions ({@code corpus/gold/quotes-*.jsonl},
 * written by {@code make_quotes_gold.py}), each annotated by the pipeline with its publication date,
 * and the matching rule both evaluations share.
 */
final class GoldParagraphs {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Two spans match when their overlap is at least this share of each. */
    static final double OVERLAP = 0.8;

    /** A gold record and the pipeline's document of its text. */
    record Paragraph(JsonNode gold, Document doc) {
        /** A gold node's code point span, in the document's UTF-16 offsets. */
        Span span(JsonNode node) {
            String text = doc.text();
            return new Span(text.offsetByCodePoints(0, node.get("start").asInt()), text.offsetByCodePoints(0, node.get("end").asInt()));
        }
    }

    private GoldParagraphs() {
    }

    static List<Paragraph> annotate(Path gold, Pipeline pipeline) throws IOException {
        List<Paragraph> out = new ArrayList<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode record = JSON.readTree(line);
            // The gold set is Arabic: every stage runs on every paragraph, as the scores mean.
            Document doc = pipeline.annotate(Document.builder(record.get("text").asText()).id(record.get("id").asText())
                    .published(LocalDate.parse(record.get("published").asText())).source(Source.ofPath(gold.toString()))
                    .lang(LanguageIdentifier.ARABIC).build());
            out.add(new Paragraph(record, doc));
        }
        return out;
    }

    /** Whether two spans overlap by at least {@link #OVERLAP} of each. */
    static boolean matches(Span a, Span b) {
        int overlap = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
        return overlap > 0 && overlap >= OVERLAP * a.length() && overlap >= OVERLAP * b.length();
    }
}
