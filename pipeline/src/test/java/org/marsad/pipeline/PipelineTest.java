package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.Samples;
import org.marsad.document.Document;
import org.marsad.document.Layer;
import org.marsad.document.Source;
import org.marsad.extract.ArticleExtractor;
import org.marsad.lang.LanguageIdentifier;
import org.marsad.link.ActorLinker;
import org.marsad.ner.GazetteerNer;
import org.marsad.read.Page;
import org.marsad.sentence.SentenceSplitter;
import org.marsad.tokenize.Tokenizer;

class PipelineTest {
    private static final Set<Layer> ARABIC_GIVEN = EnumSet.of(Layer.LANGUAGE);

    @Test
    void aStageWhoseRequirementsNoEarlierStageProvidesIsRejectedWhenThePipelineIsBuilt() {
        assertThatThrownBy(() -> Pipeline.of(ARABIC_GIVEN, List.of(new Tokenizer(), new GazetteerNer(Samples.kb()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ner-gazetteer")
                .hasMessageContaining("SENTENCES");
    }

    @Test
    void anArabicStageBeforeTheLanguageIsKnownIsRejected() {
        assertThatThrownBy(() -> Pipeline.of(EnumSet.noneOf(Layer.class), List.of(new Tokenizer())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'tokenize' requires [LANGUAGE]")
                .hasMessageContaining("put langid before it");
        assertThat(Pipeline.of(EnumSet.noneOf(Layer.class), List.of(new LanguageIdentifier(), new Tokenizer())).toString())
                .isEqualTo("langid → tokenize");
    }

    @Test
    void anOrderThatWouldSilentlyUndoLinkingIsRejected() {
        GazetteerNer gazetteer = new GazetteerNer(Samples.kb());
        assertThatThrownBy(() -> Pipeline.of(ARABIC_GIVEN, List.of(new Tokenizer(), new SentenceSplitter(), gazetteer,
                new ActorLinker(Samples.kb()), gazetteer)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stage 'ner-gazetteer' would undo [LINKS]");
    }

    @Test
    void stagesRunInOrderAndAreRecordedOnANewDocumentLeavingTheOriginalAsItWas() {
        Pipeline pipeline = Pipeline.of(ARABIC_GIVEN, List.of(new Tokenizer(), new SentenceSplitter(), new GazetteerNer(Samples.kb())));
        Document given = Samples.arabic("وصل الوفد إلى بغداد.");
        Document doc = pipeline.annotate(given);
        assertThat(doc.stages()).containsExactly("tokenize", "ssplit", "ner-gazetteer");
        assertThat(doc.mentions()).extracting(m -> doc.text(m.span())).containsExactly("بغداد");
        assertThat(doc.has(Layer.MENTIONS)).isTrue();
        assertThat(given.tokens()).isEmpty();
        assertThat(given.has(Layer.TOKENS)).isFalse();
        assertThat(pipeline.toString()).isEqualTo("tokenize → ssplit → ner-gazetteer");
    }

    @Test
    void aDocumentInAnotherLanguagePassesTheArabicStagesBy() {
        Pipeline pipeline = Pipeline.of(EnumSet.noneOf(Layer.class), List.of(new LanguageIdentifier(), new Tokenizer()));
        Document english = pipeline.annotate(Document.of("The delegation arrived in Baghdad on Monday for talks with the government."));
        assertThat(english.lang()).isEqualTo("en");
        assertThat(english.stages()).containsExactly("langid");
        assertThat(english.tokens()).isEmpty();
        Document given = pipeline.annotate(Document.builder("وصل الوفد").lang("ar").build());
        assertThat(given.stages()).containsExactly("langid", "tokenize");
    }

    @Test
    void aStageThatThrowsIsNamedWithTheDocumentAndThePagesOtherDocumentsAreKept() {
        Annotator failing = new Annotator() {
            @Override
            public String name() {
                return "fails-on-headlines";
            }

            @Override
            public Set<Layer> requires() {
                return Set.of();
            }

            @Override
            public Set<Layer> provides() {
                return Set.of();
            }

            @Override
            public Document annotate(Document document) {
                if (document.parent() != null) {
                    throw new IllegalStateException("a bug");
                }
                return document;
            }
        };
        Pipeline pipeline = Pipeline.of(new ArticleExtractor(), List.of(new LanguageIdentifier(), failing));
        assertThatThrownBy(() -> pipeline.annotate(Document.builder("نص").id("d1").parent("p").build()))
                .isInstanceOf(StageException.class)
                .hasMessage("stage 'fails-on-headlines' failed on document d1: java.lang.IllegalStateException: a bug");

        String page = Samples.read(Samples.IRAQ_PAGE);
        PageResult result = pipeline.annotate(Page.of("iraq", Source.ofPath("iraq.txt"), Page.Format.TEXT, page));
        assertThat(result.documents()).extracting(Document::id).containsExactly("iraq");
        assertThat(result.failures()).isNotEmpty().allSatisfy(failure -> {
            assertThat(failure.stage()).isEqualTo("fails-on-headlines");
            assertThat(failure.reason()).matches("document iraq/headline-\\d+ failed in stage 'fails-on-headlines': "
                    + "java.lang.IllegalStateException: a bug");
        });
    }

    @Test
    void anEmptyDocumentIsAFailureNotAnArabicDocument() {
        Pipeline pipeline = Pipeline.of(new ArticleExtractor(), List.of(new LanguageIdentifier(), new Tokenizer()));
        PageResult empty = pipeline.annotate(Page.of("e", Source.ofPath("e.jsonl"), Page.Format.DOCUMENT, ""));
        assertThat(empty.documents()).isEmpty();
        assertThat(empty.failures()).containsExactly(new PageResult.Failure("extract", "empty document: there is no text to annotate"));
        assertThat(pipeline.annotate(Document.of("٢٠٢١ - ...")).lang()).isEqualTo(LanguageIdentifier.NO_LANGUAGE);
    }

    @Test
    void aProfiledPipelineAddsUpEachStagesTime() {
        Pipeline pipeline = Pipeline.of(new ArticleExtractor(), List.of(new LanguageIdentifier(), new Tokenizer())).profiled();
        pipeline.annotate(Page.of("p", Source.ofPath("p.txt"), Page.Format.TEXT, Samples.read(Samples.IRAQ_PAGE)));
        assertThat(pipeline.times().documents("extract")).isEqualTo(1);
        assertThat(pipeline.times().documents("tokenize")).isGreaterThan(1);
        assertThat(pipeline.times().seconds("tokenize")).isPositive();
        assertThat(pipeline.times().table()).startsWith("stage").contains("extract", "langid", "tokenize", "total");
    }
}
