package org.marsad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marsad.kb.KnowledgeBase;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.StandardPipeline;

/** The project's own sample corpus, and models loaded once for all tests (loading takes seconds). */
public final class Samples {
    /** corpus/samples, seen from the pipeline module where Maven runs the tests. */
    public static final Path DIR = Path.of("..", "corpus", "samples");
    public static final Path IRAQ_PAGE = DIR.resolve("iraq-withdrawal-26sep.txt");
    public static final Path HTML_PAGE = DIR.resolve("baghdad-talks.html");
    public static final Path WIRE = DIR.resolve("wire.jsonl");
    /** The shared data sets; tests that need them skip when this is absent. */
    public static final Path SHARED_DATA = Path.of("..", "..", "shared", "data");

    private static KnowledgeBase kb;
    private static Pipeline pipeline;
    private static Pipeline analysis;

    private Samples() {
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized KnowledgeBase kb() {
        if (kb == null) {
            kb = KnowledgeBase.loadDefault();
        }
        return kb;
    }

    /** Tokenize, split, segment and tag with the default models: what the segmentation evaluation runs. */
    public static synchronized Pipeline analysis() {
        if (analysis == null) {
            analysis = StandardPipeline.analysis(StandardPipeline.segmenter(kb()), new org.marsad.pos.PosTagger());
        }
        return analysis;
    }

    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = StandardPipeline.create(kb());
        }
        return pipeline;
    }
}
