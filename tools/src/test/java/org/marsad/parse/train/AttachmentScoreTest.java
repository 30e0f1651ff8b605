package org.marsad.parse.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentScoreTest {

    @Test
    void headsAndLabelsAreCountedWithoutPunctuation(@TempDir Path dir) throws IOException {
        // "وقعت الحكومة اتفاقا ." : the parse has the subject's head right and its label wrong,
        // the object's head wrong, and the punctuation's head wrong (not counted).
        Path gold = dir.resolve("gold.conllx");
        Files.writeString(gold, """
                1\tوقعت\t_\tVERB\tVBD\t_\t0\troot\t_\t_
                2\tالحكومة\t_\tNOUN\tDTNN_Nom\t_\t1\tnsubj\t_\t_
                3\tاتفاقا\t_\tNOUN\tNN_Acc\t_\t1\tobj\t_\t_
                4\t.\t_\tPUNCT\tPUNC\t_\t1\tpunct\t_\t_

                """);
        Path parsed = dir.resolve("parsed.conllx");
        Files.writeString(parsed, """
                1\tوقعت\t_\tVERB\tVBD\t_\t0\troot\t_\t_
                2\tالحكومة\t_\tNOUN\tDTNN_Nom\t_\t1\tobj\t_\t_
                3\tاتفاقا\t_\tNOUN\tNN_Acc\t_\t2\tnmod\t_\t_
                4\t.\t_\tPUNCT\tPUNC\t_\t3\tpunct\t_\t_

                """);
        AttachmentScore score = AttachmentScore.of(gold, parsed);
        assertThat(score).isEqualTo(new AttachmentScore(3, 2, 1));
        assertThat(score.toString()).isEqualTo("3 held-out words (punctuation aside): UAS 66.67, LAS 33.33");
    }
}
