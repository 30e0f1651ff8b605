package org.marsad.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.arabic.WordClusters;

class ClusterTrainerTest {
    /**
     * Names and cities in the same frames, each word often enough to be clustered: the people
     * are said to "visit" and "say", the cities are where things happen.
     */
    private static List<String> news() {
        List<String> texts = new ArrayList<>();
        String[] people = {"بايدن", "ماكرون", "بوتين", "أردوغان"};
        String[] cities = {"بغداد", "دمشق", "القاهرة", "عمان"};
        for (int round = 0; round < 6; round++) {
            for (String person : people) {
                for (String city : cities) {
                    texts.add("وقال الرئيس " + person + " إن الوضع في " + city + " مستقر .\n"
                            + "وزار الرئيس " + person + " مدينة " + city + " أمس .");
                }
            }
        }
        return texts;
    }

    @Test
    void putsWordsUsedAlikeInOneClassAndIsReproducible() {
        ClusterTrainer trainer = new ClusterTrainer(Function.identity(), 4, 2);
        WordClusters clusters = trainer.train(news());
        assertThat(clusters.get("ماكرون").fine()).isEqualTo(clusters.get("بايدن").fine());
        assertThat(clusters.get("بوتين").fine()).isEqualTo(clusters.get("بايدن").fine());
        assertThat(clusters.get("دمشق").fine()).isEqualTo(clusters.get("بغداد").fine()).isNotEqualTo(clusters.get("بايدن").fine());
        assertThat(clusters.get("بايدن").fine()).startsWith(clusters.get("بايدن").coarse() + ".");
        assertThat(clusters.get(".")).as("punctuation is not clustered").isNull();
        WordClusters again = trainer.train(news());
        for (String word : List.of("بايدن", "بغداد", "الرئيس", "مستقر")) {
            assertThat(again.get(word)).isEqualTo(clusters.get(word));
        }
    }

    @Test
    void readsBackWhatItWritesInFrequencyOrder(@TempDir Path dir) throws Exception {
        WordClusters clusters = new ClusterTrainer(Function.identity(), 4, 2).train(news());
        Path file = dir.resolve("clusters.tsv.gz");
        clusters.write(file);
        WordClusters back = WordClusters.read(new ByteArrayInputStream(Files.readAllBytes(file)));
        assertThat(back.size()).isEqualTo(clusters.size());
        assertThat(back.mostFrequent(3)).isEqualTo(clusters.mostFrequent(3));
        assertThat(back.mostFrequent(1)).containsExactly("الرئيس"); // 2 per text; ties break by spelling
        assertThat(back.get("بايدن")).isEqualTo(clusters.get("بايدن"));
    }
}
