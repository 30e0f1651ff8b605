package org.marsad.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.marsad.Marsad;
import org.marsad.Samples;
import org.marsad.document.Document;
import org.marsad.extract.ArticleExtractor;
import org.marsad.read.InputReader;
import org.marsad.read.Page;
import org.marsad.write.OutputFormat;

/** corpus/samples annotated once for the format tests, and the same run written in any format. */
public final class SampleRun {
    private static List<Document> documents;

    private SampleRun() {
    }

    public static synchronized List<Document> documents() {
        if (documents == null) {
            ArticleExtractor extractor = new ArticleExtractor();
            List<Document> out = new ArrayList<>();
            try (Stream<Page> pages = new InputReader(e -> {
                throw new AssertionError(e.toString());
            }, System.in).read(List.of(Samples.DIR.toString()))) {
                pages.forEach(page -> out.addAll(Marsad.standard().annotate(page).documents()));
            }
            assertThat(out).hasSize(62);
            documents = List.copyOf(out);
        }
        return documents;
    }

    public static Document document(String id) {
        return documents().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    /** The sample run written in a format. */
    public static String write(OutputFormat format) {
        return write(format, documents());
    }

    /** Documents written in a format. */
    public static String write(OutputFormat format, List<Document> docs) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var writer = format.open(bytes)) {
            docs.forEach(writer::write);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The JSONL records of the sample run, the reference that the other formats are read back against. */
    public static List<JsonNode> records() {
        return records(documents());
    }

    /** Documents as the JSONL records they make. */
    public static List<JsonNode> records(List<Document> docs) {
        ObjectMapper json = new ObjectMapper();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var writer = OutputFormat.JSONL.open(bytes)) {
            docs.forEach(writer::write);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().map(line -> {
            try {
                return json.readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    public static BufferedReader reader(String text) {
        return new BufferedReader(new StringReader(text));
    }
}
