package org.marsad.format.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks that output records keep the contract of docs/FORMAT.md. */
public final class RecordAssertions {
    private static final JsonSchema SCHEMA = load(Path.of("..", "docs", "record.schema.json"));

    private RecordAssertions() {
    }

    private static JsonSchema load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record validates against the JSON Schema and every span's code points spell its text. */
    public static void assertValidRecord(JsonNode record) {
        assertThat(SCHEMA.validate(record)).as("schema errors of %s", record.get("id")).isEmpty();
        String text = record.get("text").asText();
        for (JsonNode token : record.get("tokens")) {
            assertThat(slice(text, token)).isEqualTo(token.get("text").asText());
            int end = token.get("start").asInt();
            for (JsonNode segment : token.get("segments")) {
                assertThat(segment.get("start").asInt()).isEqualTo(end);
                end = segment.get("end").asInt();
            }
            assertThat(end).isEqualTo(token.get("end").asInt());
        }
        for (JsonNode entity : record.get("entities")) {
            assertThat(slice(text, entity)).isEqualTo(entity.get("text").asText());
        }
        for (JsonNode time : record.get("times")) {
            assertThat(slice(text, time)).isEqualTo(time.get("text").asText());
        }
        for (JsonNode quote : record.get("quotes")) {
            assertThat(slice(text, quote)).isEqualTo(quote.get("text").asText());
            assertThat(slice(text, quote.get("cue"))).isEqualTo(quote.get("cue").get("text").asText());
            if (!quote.get("speaker").isNull()) {
                assertThat(slice(text, quote.get("speaker"))).isEqualTo(quote.get("speaker").get("text").asText());
            }
        }
        for (JsonNode sentence : record.get("sentences")) {
            assertThat(sentence.get("end").asInt()).isLessThanOrEqualTo(text.codePointCount(0, text.length()));
        }
    }

    /** The text between a node's start and end, counted in code points as the format says. */
    public static String slice(String text, JsonNode span) {
        int start = text.offsetByCodePoints(0, span.get("start").asInt());
        int end = text.offsetByCodePoints(0, span.get("end").asInt());
        return text.substring(start, end);
    }
}
