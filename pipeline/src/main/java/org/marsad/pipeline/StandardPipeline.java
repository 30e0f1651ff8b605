package org.marsad.pipeline;

import java.util.EnumSet;
import java.util.List;
import org.marsad.kb.KnowledgeBase;
import org.marsad.link.ActorLinker;
import org.marsad.ner.GazetteerNer;
import org.marsad.pos.PosTagger;
import org.marsad.role.RoleFinder;
import org.marsad.segment.CliticModel;
import org.marsad.segment.LexiconSegmenter;
import org.marsad.segment.SegmentationLexicon;
import org.marsad.segment.NameGuard;
import org.marsad.sentence.SentenceSplitter;
import org.marsad.tokenize.Tokenizer;

/** Marsad's default stages: tokenize → split sentences → segment clitics → POS → NER → roles → link. */
public final class StandardPipeline {
    private StandardPipeline() {
    }

    /** The default pipeline over the shipped knowledge base; loading the models takes a few seconds. */
    public static Pipeline create() {
        return create(KnowledgeBase.loadDefault());
    }

    /** The default segmenter: the CRF's distillation, with the knowledge base's names protected. */
    public static Annotator segmenter(KnowledgeBase kb) {
        return new LexiconSegmenter(NameGuard.ofWords(kb.nameWords()), SegmentationLexicon.loadDefault(), CliticModel.loadDefault());
    }

    public static Pipeline create(KnowledgeBase kb) {
        return Pipeline.of(EnumSet.noneOf(Annotation.class), List.of(
                new Tokenizer(),
                new SentenceSplitter(),
                segmenter(kb),
                new PosTagger(),
                new GazetteerNer(kb),
                new RoleFinder(),
                new ActorLinker(kb)));
    }
}
