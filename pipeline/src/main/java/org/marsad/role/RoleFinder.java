package org.marsad.role;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Layer;
import org.marsad.document.Mention;
import org.marsad.document.Span;
import org.marsad.pipeline.Annotator;

/**
 * Attaches the title written before a person to the mention as its role: in "قال رئيس الوزراء
 * العراقي مصطفى الكاظمي" the person is مصطفى الكاظمي and the role رئيس الوزراء العراقي
 * ({@link Titles}); the title never becomes part of the name.
 */
public final class RoleFinder implements Annotator {

    @Override
    public String name() {
        return "role";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.MENTIONS, Layer.POS, Layer.SENTENCES);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.ROLES);
    }

    @Override
    public Document annotate(Document document) {
        List<Mention> out = new ArrayList<>(document.mentions().size());
        for (Mention mention : document.mentions()) {
            Span title = mention.type() == EntityType.PERSON ? Titles.titleBefore(document, mention.span().start()) : null;
            out.add(title == null ? mention : mention.withRole(document.text(title)));
        }
        return document.withMentions(out, Layer.ROLES);
    }
}
