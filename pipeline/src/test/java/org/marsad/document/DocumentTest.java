package org.marsad.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.marsad.pipeline.Annotation;
import org.junit.jupiter.api.Test;

class DocumentTest {

    @Test
    void tokensInASpanAreAViewOfTheTokenLayer() {
        Document doc = new Document("d", Kind.DOCUMENT, null, Source.ofPath("x"), null, null, "زار الكاظمي واشنطن. ثم عاد");
        doc.setTokens(List.of(Token.of(new Span(0, 3)), Token.of(new Span(4, 11)), Token.of(new Span(12, 18)),
                Token.of(new Span(18, 19)), Token.of(new Span(20, 22)), Token.of(new Span(23, 26))), Annotation.TOKENS);
        List<Token> first = doc.tokensIn(new Span(0, 19));
        assertThat(first).extracting(t -> doc.text(t.span())).containsExactly("زار", "الكاظمي", "واشنطن", ".");
        assertThat(doc.tokensIn(new Span(20, 26))).extracting(t -> doc.text(t.span())).containsExactly("ثم", "عاد");
        assertThat(doc.has(Annotation.TOKENS)).isTrue();
        assertThat(doc.has(Annotation.SEGMENTS)).isFalse();
    }
}
