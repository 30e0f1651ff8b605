package org.marsad.format.jsonl;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.marsad.Version;
import org.marsad.document.Block;
import org.marsad.document.CodePointIndex;
import org.marsad.document.Dependency;
import org.marsad.document.Document;
import org.marsad.document.Layer;
import org.marsad.document.Mention;
import org.marsad.document.Morphology;
import org.marsad.document.Quotation;
import org.marsad.document.Segment;
import org.marsad.document.Sentence;
import org.marsad.document.Span;
import org.marsad.document.TimeExpression;
import org.marsad.document.Token;
import org.marsad.format.DocumentWriter;

/**
 * Writes one JSON object per document and line (the format of docs/FORMAT.md). Offsets are
 * Unicode code points into {@code text}. Each record is flushed whole, so a reader of a
 * partly written file sees only complete lines.
 */
public final class JsonlWriter implements DocumentWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonGenerator json;
    private final OutputStream out;

    public JsonlWriter(OutputStream out) {
        this.out = out;
        try {
            this.json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        json.setPrettyPrinter(new MinimalPrettyPrinter(""));
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    public synchronized void write(Document doc) {
        try {
            writeRecord(doc);
            json.writeRaw('\n');
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeRecord(Document doc) throws IOException {
        CodePointIndex cp = new CodePointIndex(doc.text());
        json.writeStartObject();
        json.writeStringField("id", doc.id());
        json.writeStringField("kind", doc.kind().label());
        json.writeStringField("parent", doc.parent());
        json.writeObjectFieldStart("source");
        json.writeStringField("path", doc.source().path());
        json.writeStringField("url", doc.source().url());
        json.writeStringField("publisher", doc.source().publisher());
        json.writeEndObject();
        json.writeStringField("title", doc.title());
        json.writeStringField("published", doc.published() == null ? null : doc.published().toString());
        json.writeStringField("author", doc.author());
        json.writeStringField("section", doc.section());
        json.writeStringField("lang", doc.lang());
        json.writeObjectFieldStart("pipeline");
        json.writeStringField("version", Version.CURRENT);
        json.writeArrayFieldStart("stages");
        for (String stage : doc.stages()) {
            json.writeString(stage);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeStringField("text", doc.text());
        if (doc.droppedChars() > 0) {
            json.writeNumberField("dropped_chars", doc.droppedChars());
        }

        json.writeArrayFieldStart("blocks");
        for (Block block : doc.blocks()) {
            json.writeStartObject();
            span(cp, block.span());
            json.writeStringField("role", block.role().label());
            json.writeEndObject();
        }
        json.writeEndArray();

        json.writeArrayFieldStart("sentences");
        for (Sentence sentence : doc.sentences()) {
            json.writeStartObject();
            span(cp, sentence.span());
            json.writeEndObject();
        }
        json.writeEndArray();

        List<Morphology> morphology = doc.has(Layer.MORPHOLOGY) ? doc.morphology() : null;
        List<Dependency> parse = doc.has(Layer.DEPENDENCIES) ? doc.dependencies() : null;
        int word = 0;
        json.writeArrayFieldStart("tokens");
        for (Token token : doc.tokens()) {
            json.writeStartObject();
            span(cp, token.span());
            json.writeStringField("text", doc.text(token.span()));
            json.writeArrayFieldStart("segments");
            for (Segment segment : token.segments()) {
                json.writeStartObject();
                span(cp, segment.span());
                json.writeStringField("form", segment.form());
                json.writeStringField("pos", segment.pos());
                syntax(morphology, parse, word++);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();

        json.writeArrayFieldStart("entities");
        for (Mention mention : doc.mentions()) {
            json.writeStartObject();
            span(cp, mention.span());
            json.writeStringField("text", doc.text(mention.span()));
            json.writeStringField("type", mention.type().name());
            json.writeStringField("role", mention.role());
            if (mention.entity() != null) {
                json.writeObjectFieldStart("entity");
                json.writeStringField("id", mention.entity().id());
                json.writeStringField("name", mention.entity().name());
                json.writeStringField("name_en", mention.entity().nameEn());
                json.writeBooleanField("kb", mention.entity().kb());
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        writeTimes(doc, cp);
        writeQuotes(doc, cp);
        json.writeEndObject();
    }

    /** A word's UD part of speech and features (the morph stage) and its head and relation (parse), where they ran. */
    private void syntax(List<Morphology> morphology, List<Dependency> parse, int word) throws IOException {
        if (morphology != null) {
            json.writeStringField("upos", morphology.get(word).upos());
            json.writeStringField("feats", morphology.get(word).feats());
        }
        if (parse != null) {
            json.writeNumberField("head", parse.get(word).head());
            json.writeStringField("deprel", parse.get(word).relation());
        }
    }

    private void writeTimes(Document doc, CodePointIndex cp) throws IOException {
        json.writeArrayFieldStart("times");
        for (TimeExpression time : doc.times()) {
            json.writeStartObject();
            span(cp, time.span());
            json.writeStringField("text", doc.text(time.span()));
            json.writeStringField("type", time.type().label());
            json.writeStringField("value", time.value());
            json.writeStringField("calendar", time.calendar().label());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void writeQuotes(Document doc, CodePointIndex cp) throws IOException {
        json.writeArrayFieldStart("quotes");
        for (Quotation quote : doc.quotes()) {
            json.writeStartObject();
            span(cp, quote.content());
            json.writeStringField("text", doc.text(quote.content()));
            json.writeStringField("kind", quote.kind().label());
            json.writeObjectFieldStart("cue");
            span(cp, quote.cue());
            json.writeStringField("text", doc.text(quote.cue()));
            json.writeEndObject();
            if (quote.speaker() == null) {
                json.writeNullField("speaker");
            } else {
                json.writeObjectFieldStart("speaker");
                span(cp, quote.speaker());
                json.writeStringField("text", doc.text(quote.speaker()));
                if (quote.mention() == null) {
                    json.writeNullField("mention");
                } else {
                    json.writeNumberField("mention", quote.mention());
                }
                json.writeStringField("id", quote.speakerId());
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void span(CodePointIndex cp, Span span) throws IOException {
        json.writeNumberField("start", cp.toCodePoint(span.start()));
        json.writeNumberField("end", cp.toCodePoint(span.end()));
    }

    @Override
    public void close() {
        try {
            json.close();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
