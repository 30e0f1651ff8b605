package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.marsad.Samples;
import org.marsad.document.Document;
import org.marsad.document.Mention;

/** Text from old sites and PDFs in Arabic presentation forms (ﻣﺼﻄﻔﻰ): analysed as its letters, offsets into the original. */
class PresentationFormsTest {

    @Test
    void entitiesAreFoundInPresentationFormsWithOffsetsIntoTheOriginalText() throws ArabicShapingException {
        String plain = "استقبل رئيس الوزراء مصطفى الكاظمي في بغداد وفدا من الاتحاد الأوروبي وبايدن.";
        String shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK).shape(plain);
        assertThat(shaped).isNotEqualTo(plain).contains("\uFEFB");   // the lam-alef ligature of "الاتحاد"
        Document doc = Samples.pipeline().annotate(Document.builder(shaped).id("forms").build());
        assertThat(doc.mentions()).extracting(m -> m.entity().id())
                .contains("per:mustafa-al-kadhimi", "loc:baghdad");
        Mention baghdad = doc.mentions().stream().filter(m -> m.entity().id().equals("loc:baghdad")).findFirst().orElseThrow();
        assertThat(doc.text(baghdad.span())).isNotEqualTo("بغداد");
        assertThat(Normalizer.normalize(doc.text(baghdad.span()), Normalizer.Form.NFKC)).isEqualTo("بغداد");
        // A proclitic in presentation form is split off as in plain text: the mention is بايدن without و.
        assertThat(doc.mentions()).anySatisfy(m -> {
            assertThat(m.entity().id()).isEqualTo("per:joe-biden");
            assertThat(Normalizer.normalize(doc.text(m.span()), Normalizer.Form.NFKC)).isEqualTo("بايدن");
        });
        assertThat(doc.tokens()).allSatisfy(t -> assertThat(t.segments()).isNotEmpty());
    }
}
