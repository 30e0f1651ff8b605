package org.marsad;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import org.marsad.arabic.WordClusters;
import org.marsad.kb.KnowledgeBase;
import org.marsad.morph.MorphTagger;
import org.marsad.ner.model.NeuralNer;
import org.marsad.parse.DependencyParse;
import org.marsad.pos.PosTagger;
import org.marsad.segment.CliticModel;
import org.marsad.segment.ContextualSegmenter;
import org.marsad.segment.SegmentationLexicon;

/**
 * The loaded models the stages share, like CoreNLP's annotator pool: each is loaded once, on
 * first need, and every pipeline made from the same pool shares it. Models are immutable and
 * thread-safe, so sharing them is safe; several are loaded in parallel, since start-up is a large
 * part of a short run.
 */
public final class Models {

    /** A model the stages read. */
    public enum Model {
        KNOWLEDGE_BASE(models -> models.knowledgeBaseLoader.get()),
        SEGMENTATION_LEXICON(models -> SegmentationLexicon.loadDefault()),
        CLITIC_MODEL(models -> CliticModel.loadDefault()),
        CONTEXTUAL_SEGMENTER(models -> ContextualSegmenter.loadDefault()),
        POS_TAGGER(models -> new PosTagger()),
        WORD_CLASSES(models -> NeuralNer.defaultWordClasses()),
        NER_MODEL(models -> NeuralNer.loadDefault(models.segmentationLexicon(), models.wordClasses())),
        MORPH_TAGGER(models -> MorphTagger.loadDefault(models.wordClasses())),
        DEPENDENCY_PARSER(models -> DependencyParse.loadDefault());

        private final Function<Models, Object> loader;

        Model(Function<Models, Object> loader) {
            this.loader = loader;
        }
    }

    private static final Models SHARED = new Models(KnowledgeBase::loadDefault);

    private final Supplier<KnowledgeBase> knowledgeBaseLoader;
    private final Map<Model, CompletableFuture<Object>> loaded = new EnumMap<>(Model.class);

    private Models(Supplier<KnowledgeBase> knowledgeBaseLoader) {
        this.knowledgeBaseLoader = knowledgeBaseLoader;
    }

    /** The pool of the shipped models, shared by every pipeline in this JVM that does not bring its own. */
    public static Models shared() {
        return SHARED;
    }

    /** A pool of the shipped models over another knowledge base (a project's own list of actors). */
    public static Models over(KnowledgeBase knowledgeBase) {
        return new Models(() -> knowledgeBase);
    }

    /** Starts loading the models not yet loaded or loading, each on a thread of its own. */
    public void preload(Set<Model> models) {
        models.forEach(this::loading);
    }

    public KnowledgeBase knowledgeBase() {
        return get(Model.KNOWLEDGE_BASE, KnowledgeBase.class);
    }

    public SegmentationLexicon segmentationLexicon() {
        return get(Model.SEGMENTATION_LEXICON, SegmentationLexicon.class);
    }

    public CliticModel cliticModel() {
        return get(Model.CLITIC_MODEL, CliticModel.class);
    }

    public ContextualSegmenter contextualSegmenter() {
        return get(Model.CONTEXTUAL_SEGMENTER, ContextualSegmenter.class);
    }

    public PosTagger posTagger() {
        return get(Model.POS_TAGGER, PosTagger.class);
    }

    /** The word classes learned from raw news that the NER model's features and the morphological tagger read. */
    public WordClusters wordClasses() {
        return get(Model.WORD_CLASSES, WordClusters.class);
    }

    public NeuralNer nerModel() {
        return get(Model.NER_MODEL, NeuralNer.class);
    }

    public MorphTagger morphTagger() {
        return get(Model.MORPH_TAGGER, MorphTagger.class);
    }

    public DependencyParse dependencyParser() {
        return get(Model.DEPENDENCY_PARSER, DependencyParse.class);
    }

    private <T> T get(Model model, Class<T> type) {
        try {
            return type.cast(loading(model).join());
        } catch (CompletionException e) {
            // The loader's own exception (a missing resource...), not the future's wrapper.
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private CompletableFuture<Object> loading(Model model) {
        synchronized (loaded) {
            return loaded.computeIfAbsent(model, m -> CompletableFuture.supplyAsync(() -> m.loader.apply(this), LOADER));
        }
    }

    /** Daemon threads, one per model, so loading never keeps the JVM alive. */
    private static final Executor LOADER = task -> {
        Thread thread = new Thread(task, "marsad-model-loader");
        thread.setDaemon(true);
        thread.start();
    };
}
