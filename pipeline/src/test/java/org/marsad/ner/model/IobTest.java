package org.marsad.ner.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.document.EntityType;

class IobTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I-PERS I-PERS O|B-PERS I-PERS O",
            "B-ORG I-LOC I-LOC|B-ORG B-LOC I-LOC",
            "O I-MISC B-MISC I-MISC|O B-MISC B-MISC I-MISC",
            "B-LOC O I-LOC|B-LOC O B-LOC",
            "B-PERS junk I-PERS|B-PERS O B-PERS",
            "B-ORG I-ORG B-ORG|B-ORG I-ORG B-ORG"})
    void repairsIob2AsConllevalReadsIt(String tags, String expected) {
        assertThat(Iob.repair(Arrays.asList(tags.split(" "))))
                .containsExactly(expected.split(" "));
    }

    @Test
    void entitiesReadAStrayInsideAsAStartAndSplitAdjacentEntities() {
        assertThat(Iob.entities(List.of("I-PERS", "I-LOC", "I-LOC", "O", "B-ORG", "B-ORG", "I-ORG")))
                .containsExactly(new Iob.Entity(0, 1, "PERS"), new Iob.Entity(1, 3, "LOC"),
                        new Iob.Entity(4, 5, "ORG"), new Iob.Entity(5, 7, "ORG"));
    }

    @ParameterizedTest
    @CsvSource({"PERSON,PERSON", "PER,PERSON", "PERS,PERSON", "ORG,ORGANIZATION", "LOCATION,LOCATION", "MISC,MISC"})
    void typesAreReadFromLongCoNll2003AndAnercorpLabels(String label, EntityType expected) {
        assertThat(Iob.type(label)).isEqualTo(expected);
    }
}
