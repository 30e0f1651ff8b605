package org.marsad.ner.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.segment.SegmentationLexicon;

class NameListsTest {
    private static final SegmentationLexicon LEXICON = SegmentationLexicon.loadDefault();
    private final NameLists lists = NameLists.of(Map.of(
            "gazet:ORG", List.of("وكالة الأنباء السعودية"),
            "gazet:LOC", List.of("الأردن", "السعودية"),
            "translit:PER", List.of("بايدن")), LEXICON);

    @Test
    void marksTheLongestEntryOfEachListWithItsPositionThroughClitics() {
        String[] stems = {"قالت", "ووكالة", "الأنباء", "السعودية", "ان", "وبايدن", "زار", "للأردن"};
        for (int i = 0; i < stems.length; i++) {
            stems[i] = FeatureStem.of(stems[i], LEXICON).stem();
        }
        var matched = lists.match(stems);
        assertThat(matched.get(0)).isEmpty();
        assertThat(matched.get(1)).containsExactly("gazet:ORG-B");
        assertThat(matched.get(2)).containsExactly("gazet:ORG-I");
        assertThat(matched.get(3)).containsExactly("gazet:LOC-1", "gazet:ORG-I");
        assertThat(matched.get(4)).isEmpty();
        assertThat(matched.get(5)).containsExactly("translit:PER-1"); // the segmenter cuts و + بايدن
        assertThat(matched.get(7)).containsExactly("gazet:LOC-1");
    }

    @Test
    void readsBackWhatItWrites(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("names.tsv.gz");
        lists.write(file);
        NameLists back = NameLists.read(new ByteArrayInputStream(Files.readAllBytes(file)));
        String[] stems = {FeatureStem.of("بايدن", LEXICON).stem(), FeatureStem.of("للأردن", LEXICON).stem()};
        assertThat(back.match(stems)).isEqualTo(lists.match(stems));
        assertThat(back.match(stems).get(0)).containsExactly("translit:PER-1");
    }
}
