package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import org.marsad.Samples;
import org.marsad.document.Document;
import org.marsad.document.Kind;
import org.marsad.document.Source;
import org.marsad.ner.GazetteerNer;
import org.marsad.sentence.SentenceSplitter;
import org.marsad.tokenize.Tokenizer;
import org.junit.jupiter.api.Test;

class PipelineTest {

    @Test
    void aStageWhoseRequirementsNoEarlierStageProvidesIsRejectedWhenThePipelineIsBuilt() {
        assertThatThrownBy(() -> Pipeline.of(EnumSet.noneOf(Annotation.class),
                List.of(new Tokenizer(), new GazetteerNer(Samples.kb()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ner-gazetteer")
                .hasMessageContaining("SENTENCES");
    }

    @Test
    void stagesRunInOrderAndAreRecordedOnTheDocument() {
        Pipeline pipeline = Pipeline.of(EnumSet.noneOf(Annotation.class),
                List.of(new Tokenizer(), new SentenceSplitter(), new GazetteerNer(Samples.kb())));
        Document doc = new Document("d", Kind.DOCUMENT, null, Source.ofPath("x"), null, null, "وصل الوفد إلى بغداد.");
        pipeline.annotate(doc);
        assertThat(doc.stages()).containsExactly("tokenize", "ssplit", "ner-gazetteer");
        assertThat(doc.mentions()).extracting(m -> doc.text(m.span())).containsExactly("بغداد");
        assertThat(pipeline.toString()).isEqualTo("tokenize → ssplit → ner-gazetteer");
    }
}
