package org.marsad.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodePointIndexTest {

    @Test
    void indicesAfterAnEmojiCountOneCodePointForTwoUtf16Units() {
        String text = "قال 👀 بايدن";
        CodePointIndex index = new CodePointIndex(text);
        int biden = text.indexOf("بايدن");
        assertThat(biden).isEqualTo(7);
        assertThat(index.toCodePoint(biden)).isEqualTo(6);
        assertThat(index.toCodePoint(text.length())).isEqualTo(text.codePointCount(0, text.length()));
        assertThat(index.toCodePoint(3)).isEqualTo(3);
    }
}
