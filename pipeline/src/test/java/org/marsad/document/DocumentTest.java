package org.marsad.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.document.Layer;

class DocumentTest {

    @Test
    void tokensInASpanAreAViewOfTheTokenLayer() {
        Document doc = Document.builder("زار الكاظمي واشنطن. ثم عاد").id("d").build().withTokens(List.of(Token.of(new Span(0, 3)), Token.of(new Span(4, 11)), Token.of(new Span(12, 18)),
                Token.of(new Span(18, 19)), Token.of(new Span(20, 22)), Token.of(new Span(23, 26))), Layer.TOKENS);
        List<Token> first = doc.tokensIn(new Span(0, 19));
        assertThat(first).extracting(t -> doc.text(t.span())).containsExactly("زار", "الكاظمي", "واشنطن", ".");
        assertThat(doc.tokensIn(new Span(20, 26))).extracting(t -> doc.text(t.span())).containsExactly("ثم", "عاد");
        assertThat(doc.has(Layer.TOKENS)).isTrue();
        assertThat(doc.has(Layer.SEGMENTS)).isFalse();
    }
}
