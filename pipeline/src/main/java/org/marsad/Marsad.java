package org.marsad;

import java.util.List;
import java.util.Objects;
import org.marsad.document.Document;
import org.marsad.kb.KnowledgeBase;
import org.marsad.pipeline.PageResult;
import org.marsad.pipeline.Pipeline;
import org.marsad.read.Page;

/**
 * Marsad's front door: text, pages or documents in, annotated documents out.
 *
 * <pre>{@code
 * Marsad nlp = Marsad.standard();
 * Document doc = nlp.annotate("قال رئيس الوزراء مصطفى الكاظمي ...");
 * doc.mentions().forEach(m -> System.out.println(doc.text(m.span()) + " → " + m.entity()));
 * }</pre>
 *
 * An instance is immutable and safe to share between threads; instances built over the same
 * {@link Models} share the loaded models. The command line, the Spark job and the HTTP server
 * all annotate through it.
 */
public final class Marsad {
    private final Pipeline pipeline;

    private Marsad(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Every default stage ({@link Stages#DEFAULT}) over the shipped models, shared in this JVM. */
    public static Marsad standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A text's annotations: its language identified, then, for Arabic, every stage. */
    public Document annotate(String text) {
        return annotate(Document.of(text));
    }

    /**
     * A document's annotations (its language identified unless it was given).
     *
     * @throws org.marsad.pipeline.StageException when a stage fails on it, naming the stage
     */
    public Document annotate(Document document) {
        return pipeline.annotate(document);
    }

    /**
     * A page's documents (an HTML or text page's article and headlines; a JSON document as given),
     * annotated; a document a stage fails on is logged and reported in the result, never thrown.
     */
    public PageResult annotate(Page page) {
        return pipeline.annotate(page);
    }

    /** The pipeline this front door runs: its stages, and their times when profiled. */
    public Pipeline pipeline() {
        return pipeline;
    }

    /** Chooses the stages, the models and profiling; every choice has the standard default. */
    public static final class Builder {
        private List<String> stages = Stages.DEFAULT;
        private Models models = Models.shared();
        private boolean profiled;

        private Builder() {
        }

        /** The stages by name, in order ({@link Stages#descriptions()} lists them). */
        public Builder stages(List<String> names) {
            this.stages = List.copyOf(names);
            return this;
        }

        /** The stages as a comma-separated list: {@code "tokenize,ssplit,segment,pos,ner,link"}. */
        public Builder stages(String names) {
            return stages(Stages.parse(names));
        }

        /** The pool of loaded models to make the stages from (default: {@link Models#shared()}). */
        public Builder models(Models pool) {
            this.models = Objects.requireNonNull(pool, "models");
            return this;
        }

        /** The shipped models over another knowledge base. */
        public Builder knowledgeBase(KnowledgeBase knowledgeBase) {
            return models(Models.over(knowledgeBase));
        }

        /** Adds up the time each stage takes ({@code pipeline().times()}). */
        public Builder profiled(boolean on) {
            this.profiled = on;
            return this;
        }

        /**
         * Loads the models the stages need (those already in the pool are shared) and checks the order.
         *
         * @throws IllegalArgumentException for an unknown stage or an order its requirements refuse
         */
        public Marsad build() {
            Pipeline pipeline = Stages.pipeline(stages, models);
            return new Marsad(profiled ? pipeline.profiled() : pipeline);
        }
    }
}
