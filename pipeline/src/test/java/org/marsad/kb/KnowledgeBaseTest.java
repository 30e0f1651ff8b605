package org.marsad.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.marsad.Samples;
import org.marsad.document.EntityType;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {

    @Test
    void theShippedTablesLoadWithUniqueWellFormedIds() {
        KnowledgeBase kb = Samples.kb();
        assertThat(kb.actors()).hasSizeGreaterThan(1000);
        assertThat(kb.actors()).allSatisfy(a -> assertThat(a.id()).matches("(per|org|loc):[a-z0-9-]+"));
    }

    @Test
    void namesAreFoundThroughSpellingVariants() {
        KnowledgeBase kb = Samples.kb();
        assertThat(kb.lookup("الكاظمى").map(Actor::id)).contains("per:mustafa-al-kadhimi");
        assertThat(kb.lookup("مصطفى الكاظمي").map(Actor::id)).contains("per:mustafa-al-kadhimi");
        assertThat(kb.lookup("الولايات المتحدة الأميركية").map(Actor::id)).contains("loc:united-states");
        assertThat(kb.lookup("هيئه الحشد الشعبي").map(Actor::id)).contains("org:popular-mobilization-forces");
        assertThat(kb.lookup("قوات الحشد").map(Actor::type)).contains(EntityType.ORGANIZATION);
        assertThat(kb.lookup("الرئيس")).isEmpty();
    }

    @Test
    void aKeyTwoActorsShareMatchesNeither() {
        Actor a = new Actor("per:a", EntityType.PERSON, "جورج بوش", "George W. Bush", List.of("بوش"), "US", null);
        Actor b = new Actor("per:b", EntityType.PERSON, "جورج بوش الأب", "George H. W. Bush", List.of("بوش"), "US", null);
        KnowledgeBase kb = new KnowledgeBase(List.of(a, b));
        assertThat(kb.lookup("بوش")).isEmpty();
        assertThat(kb.lookup("جورج بوش").map(Actor::id)).contains("per:a");
    }

    @Test
    void duplicateIdsAreRejected() {
        Actor a = new Actor("loc:x", EntityType.LOCATION, "بغداد", null, List.of(), null, null);
        assertThatThrownBy(() -> new KnowledgeBase(List.of(a, a))).hasMessageContaining("loc:x");
    }
}
