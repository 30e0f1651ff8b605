package org.marsad.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.marsad.kb.KnowledgeBase;
import org.marsad.link.ActorLinker;
import org.marsad.ner.GazetteerNer;
import org.marsad.ner.LearnedEntityFinder;
import org.marsad.ner.OrganizationFinder;
import org.marsad.ner.PersonFinder;
import org.marsad.ner.features.TokenMorphology;
import org.marsad.ner.model.NeuralNer;
import org.marsad.pos.PosTagger;
import org.marsad.role.RoleFinder;
import org.marsad.segment.CliticModel;
import org.marsad.segment.ContextualSegmenter;
import org.marsad.segment.LexiconSegmenter;
import org.marsad.segment.SegmentationLexicon;
import org.marsad.segment.NameGuard;
import org.marsad.sentence.SentenceSplitter;
import org.marsad.tokenize.Tokenizer;

/**
 * Marsad's default stages: tokenize → split sentences → segment clitics → POS → NER (knowledge
 * base and rules, then the learned model) → roles → link.
 */
public final class StandardPipeline {
    private StandardPipeline() {
    }

    /**
     * The default pipeline over the shipped knowledge base. Its models load in parallel, since
     * start-up is a large part of a short run.
     */
    public static Pipeline create() {
        return create(true);
    }

    /**
     * The default pipeline, without the learned NER stage ({@link LearnedEntityFinder}) when
     * {@code learnedNer} is false: only the knowledge base and rules then find names, which is
     * faster and finds only listed actors and names the rules know the shape of.
     */
    public static Pipeline create(boolean learnedNer) {
        return create(CompletableFuture.supplyAsync(KnowledgeBase::loadDefault, LOADER), learnedNer);
    }

    public static Pipeline create(KnowledgeBase kb) {
        return create(kb, true);
    }

    public static Pipeline create(KnowledgeBase kb, boolean learnedNer) {
        return create(CompletableFuture.completedFuture(kb), learnedNer);
    }

    /** The default segmenter: the CRF's distillation, with the knowledge base's names protected. */
    public static Annotator segmenter(KnowledgeBase kb) {
        return segmenter(kb, SegmentationLexicon.loadDefault());
    }

    /** The default segmenter over a lexicon already loaded (the NER model's features read it too). */
    public static Annotator segmenter(KnowledgeBase kb, SegmentationLexicon lexicon) {
        return new LexiconSegmenter(NameGuard.ofWords(kb.nameWords()), lexicon, CliticModel.loadDefault(), ContextualSegmenter.loadDefault());
    }

    /**
     * The segmentation and POS of pre-tokenized sentences that the NER model reads, by the
     * default segmenter and tagger: what evaluating, training and timing the model on CoNLL data need.
     */
    public static TokenMorphology morphology(KnowledgeBase kb, SegmentationLexicon lexicon) {
        return new TokenMorphology(segmenter(kb, lexicon), new PosTagger());
    }

    /** Tokenize, split sentences, segment and tag: the stages the segmentation evaluation scores. */
    public static Pipeline analysis(Annotator segmenter, Annotator tagger) {
        return Pipeline.of(EnumSet.noneOf(Annotation.class), List.of(new Tokenizer(), new SentenceSplitter(), segmenter, tagger));
    }

    private static Pipeline create(CompletableFuture<KnowledgeBase> kbLoading, boolean learnedNer) {
        var lexicon = CompletableFuture.supplyAsync(SegmentationLexicon::loadDefault, LOADER);
        var clitics = CompletableFuture.supplyAsync(CliticModel::loadDefault, LOADER);
        var contexts = CompletableFuture.supplyAsync(ContextualSegmenter::loadDefault, LOADER);
        var tagger = CompletableFuture.supplyAsync(PosTagger::new, LOADER);
        var model = learnedNer ? lexicon.thenApplyAsync(NeuralNer::loadDefault, LOADER) : null;
        KnowledgeBase kb = kbLoading.join();
        List<Annotator> stages = new ArrayList<>(List.of(
                new Tokenizer(),
                new SentenceSplitter(),
                new LexiconSegmenter(NameGuard.ofWords(kb.nameWords()), lexicon.join(), clitics.join(), contexts.join()),
                tagger.join(),
                new GazetteerNer(kb),
                new PersonFinder(kb),
                new OrganizationFinder()));
        if (learnedNer) {
            stages.add(new LearnedEntityFinder(model.join()));
        }
        stages.add(new RoleFinder());
        stages.add(new ActorLinker(kb));
        return Pipeline.of(EnumSet.noneOf(Annotation.class), stages);
    }

    /** Daemon threads, one per model, so loading never keeps the JVM alive. */
    private static final Executor LOADER = task -> {
        Thread thread = new Thread(task, "marsad-model-loader");
        thread.setDaemon(true);
        thread.start();
    };
}
