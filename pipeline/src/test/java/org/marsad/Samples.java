package org.marsad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.marsad.document.Document;
import org.marsad.document.Layer;
import org.marsad.kb.KnowledgeBase;
import org.marsad.pipeline.Pipeline;

/** The project's own sample corpus, and models loaded once for all tests (loading takes seconds). */
public final class Samples {
    /** corpus/samples, seen from the pipeline module where Maven runs the tests. */
    public static final Path DIR = Path.of("..", "corpus", "samples");
    public static final Path IRAQ_PAGE = DIR.resolve("iraq-withdrawal-26sep.txt");
    public static final Path HTML_PAGE = DIR.resolve("baghdad-talks.html");
    public static final Path WIRE = DIR.resolve("wire.jsonl");
    /** The shared data sets; tests that need them skip when this is absent. */
    public static final Path SHARED_DATA = Path.of("..", "..", "shared", "data");

    private Samples() {
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped knowledge base, from the JVM's shared pool (loaded once for all tests). */
    public static KnowledgeBase kb() {
        return Models.shared().knowledgeBase();
    }

    /** Tokenize, split, segment and tag Arabic documents with the default models: what the segmentation evaluation runs. */
    public static Pipeline analysis() {
        return Pipeline.of(EnumSet.of(Layer.LANGUAGE), Stages.annotators(List.of("tokenize", "ssplit", "segment", "pos"), Models.shared()));
    }

    /** Every default stage over the shared models. */
    public static Pipeline pipeline() {
        return Marsad.standard().pipeline();
    }

    /** An Arabic document of a text, its language given. */
    public static Document arabic(String text) {
        return Document.builder(text).lang("ar").build();
    }
}
