package org.marsad.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String SENTENCE = "استقبل رئيس الوزراء مصطفى الكاظمي في بغداد وفدا من الاتحاد الأوروبي.";

    @Test
    void windows1256AndIso88596AreToldApartEvenInOneShortSentence() throws BadInputException {
        assertThat(TextDecoder.decode(SENTENCE.getBytes(TextDecoder.WINDOWS_1256), null, false)).isEqualTo(SENTENCE);
        assertThat(TextDecoder.decode(SENTENCE.getBytes(TextDecoder.ISO_8859_6), null, false)).isEqualTo(SENTENCE);
    }

    @Test
    void utf8AndUtf16WithABomAreRead() throws BadInputException {
        assertThat(TextDecoder.decode(("\uFEFF" + SENTENCE).getBytes(StandardCharsets.UTF_8), null, false)).isEqualTo(SENTENCE);
        assertThat(TextDecoder.decode(("\uFEFF" + SENTENCE).getBytes(StandardCharsets.UTF_16LE), null, false)).isEqualTo(SENTENCE);
        assertThat(TextDecoder.decode(SENTENCE.getBytes(StandardCharsets.UTF_16), null, false)).isEqualTo(SENTENCE);
    }

    @Test
    void aDeclaredCharsetIsHonoured() throws BadInputException {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-6\"></head><body>"
                + "<p>قال</p></body></html>";
        // Two letters: far too short for detection, which would pick windows-1256.
        assertThat(TextDecoder.decode(html.getBytes(Charset.forName("ISO-8859-6")), null, true)).contains("<p>قال</p>");
        assertThat(TextDecoder.decode("قال".getBytes(TextDecoder.ISO_8859_6), "ISO-8859-6", false)).isEqualTo("قال");
    }

    @Test
    void binaryContentIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> TextDecoder.decode(png, null, false)).hasMessage("binary content");
    }
}
