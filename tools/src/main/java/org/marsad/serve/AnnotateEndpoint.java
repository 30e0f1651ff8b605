package org.marsad.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.marsad.Marsad;
import org.marsad.document.Document;
import org.marsad.document.Source;
import org.marsad.format.DocumentWriter;
import org.marsad.pipeline.PageResult;
import org.marsad.read.Page;
import org.marsad.write.OutputFormat;

/**
 * {@code POST /v1/annotate}, like CoreNLP's server: a text, an HTML page or a JSON document in,
 * its records out in any output format. The models are the server's, loaded once and shared.
 */
final class AnnotateEndpoint {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Marsad nlp;

    AnnotateEndpoint(Marsad nlp) {
        this.nlp = nlp;
    }

    /** The response: its body and content type. */
    record Response(byte[] body, String contentType) {
    }

    /**
     * Annotates the body as its content type says ({@code text/plain}, {@code text/html},
     * {@code application/json}) and writes the documents in {@code formatName} (default jsonl).
     */
    Response annotate(String contentType, String body, String formatName) throws BadRequest {
        OutputFormat format = format(formatName);
        String type = contentType == null ? "text/plain" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        List<Document> documents = switch (type) {
            case "text/plain" -> List.of(nlp.annotate(Document.of(body)));
            case "text/html" -> page(Page.html(body));
            case "application/json" -> List.of(nlp.annotate(document(body)));
            default -> throw new BadRequest("unsupported content type " + type + ": send text/plain, text/html or application/json");
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DocumentWriter writer = format.open(out)) {
            for (Document document : documents) {
                writer.write(document);
            }
        }
        return new Response(out.toByteArray(), contentType(format));
    }

    private List<Document> page(Page page) throws BadRequest {
        PageResult result = nlp.annotate(page);
        if (result.documents().isEmpty()) {
            throw new BadRequest(result.failures().stream().map(PageResult.Failure::reason).findFirst()
                    .orElse("the page has no text to annotate"));
        }
        return result.documents();
    }

    /** A JSON document as the JSONL input takes it: {@code text} (or {@code content}), and optional metadata. */
    private static Document document(String body) throws BadRequest {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            throw new BadRequest("the body is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        JsonNode text = json == null ? null : json.has("text") ? json.get("text") : json.get("content");
        if (text == null || !text.isTextual()) {
            throw new BadRequest("a JSON document needs its text as a string in \"text\" (or \"content\")");
        }
        Document.Builder builder = Document.builder(text.asText())
                .source(new Source(null, field(json, "url"), field(json, "source")))
                .title(field(json, "title"));
        if (field(json, "id") != null) {
            builder.id(field(json, "id"));
        }
        if (field(json, "lang") != null) {
            builder.lang(field(json, "lang"));
        }
        String date = field(json, "date") != null ? field(json, "date") : field(json, "published");
        if (date != null) {
            try {
                builder.published(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw new BadRequest("\"date\" must be YYYY-MM-DD, not " + date);
            }
        }
        return builder.build();
    }

    private static String field(JsonNode json, String name) {
        JsonNode value = json.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static OutputFormat format(String name) throws BadRequest {
        try {
            return name == null ? OutputFormat.JSONL : OutputFormat.named(name);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("unknown format " + name + ": jsonl, conllu, conll or html");
        }
    }

    private static String contentType(OutputFormat format) {
        return switch (format) {
            case JSONL -> "application/x-ndjson; charset=utf-8";
            case HTML -> "text/html; charset=utf-8";
            case CONLLU, CONLL -> "text/plain; charset=" + StandardCharsets.UTF_8.name().toLowerCase(Locale.ROOT);
        };
    }
}
