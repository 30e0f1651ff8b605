package org.marsad.parse.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCorpusTest {

    @Test
    void eachSentenceIsALineOfTheParsersSegments(@TempDir Path dir) throws IOException {
        // The conjunction, the prepositions and the object pronoun come off their words, as the
        // parser gets them; the hamza's alef is bare (إن → ان), as in the parser's orthography.
        Path corpus = dir.resolve("segments.txt");
        SegmentCorpus.write(List.of("وقال الوزير للصحفيين إن الحكومة رفضت طلبهم. ثم غادر القاعة."), corpus);
        List<String> lines = Files.readAllLines(corpus);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).split(" ")).startsWith("و", "قال", "الوزير", "ل").contains("ان", "الحكومة", "رفضت", "هم")
                .endsWith(".");
        assertThat(lines.get(1)).isEqualTo("ثم غادر القاعة .");
    }

    @Test
    void fastTextsHeaderLineIsDropped(@TempDir Path dir) throws IOException {
        Path vec = dir.resolve("vectors.vec");
        Files.writeString(vec, "2 3\nالحكومة 0.1 -0.2 0.3 \nقال 0.4 0.5 -0.6 \n");
        Path out = dir.resolve("vectors.txt");
        WordVectors.withoutHeader(vec, out);
        assertThat(Files.readAllLines(out)).containsExactly("الحكومة 0.1 -0.2 0.3", "قال 0.4 0.5 -0.6");
    }
}
