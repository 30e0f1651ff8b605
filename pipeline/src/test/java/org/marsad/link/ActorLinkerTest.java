package org.marsad.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Samples;
import org.marsad.document.Document;
import org.marsad.document.EntityRef;
import org.marsad.document.EntityType;
import org.marsad.document.Layer;
import org.marsad.document.Mention;
import org.marsad.document.Span;

class ActorLinkerTest {

    private static Document linked(String text, List<String> names, EntityType type) {
        Document doc = Document.builder(text).id("t").build();
        int from = 0;
        List<Mention> mentions = new java.util.ArrayList<>();
        for (String name : names) {
            int at = text.indexOf(name, from);
            mentions.add(new Mention(new Span(at, at + name.length()), type));
            from = at + name.length();
        }
        doc = doc.withMentions(mentions, Layer.MENTIONS);
        doc = new ActorLinker(Samples.kb()).annotate(doc);
        return doc;
    }

    @Test
    void variantsAndTheArticleAfterLamLinkToTheSameKnownActor() {
        Document doc = linked("قال مصطفى الكاظمي ثم الكاظمى للكاظمي", List.of("مصطفى الكاظمي", "الكاظمى", "لكاظمي"), EntityType.PERSON);
        assertThat(doc.mentions()).extracting(m -> m.entity().id()).containsOnly("per:mustafa-al-kadhimi");
        EntityRef ref = doc.mentions().get(0).entity();
        assertThat(ref.name()).isEqualTo("مصطفى الكاظمي");
        assertThat(ref.nameEn()).isEqualTo("Mustafa al-Kadhimi");
        assertThat(ref.kb()).isTrue();
    }

    @Test
    void aShortFormOfAnUnlistedPersonLinksToTheFullerEarlierMention() {
        Document doc = linked("قال المحافظ سالم الجبوري إن الجبوري سيزور بغداد", List.of("سالم الجبوري", "الجبوري"), EntityType.PERSON);
        EntityRef full = doc.mentions().get(0).entity();
        assertThat(full.kb()).isFalse();
        assertThat(full.id()).startsWith("per:u-");
        assertThat(doc.mentions().get(1).entity()).isEqualTo(full);
    }

    @Test
    void anUnlistedActorGetsTheSameIdInEveryDocument() {
        String id1 = linked("زار سالم الجبوري الموقع", List.of("سالم الجبوري"), EntityType.PERSON).mentions().get(0).entity().id();
        String id2 = linked("وقال سالم الجبورى أمس", List.of("سالم الجبورى"), EntityType.PERSON).mentions().get(0).entity().id();
        assertThat(id1).isEqualTo(id2);
    }
}
