package org.marsad.ner.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.marsad.document.EntityType;
import org.marsad.document.Mention;
import org.marsad.document.Span;

/**
 * IOB2 tags of text units (surface tokens or syntactic words) by the mentions over them. A unit
 * belongs to the first mention that overlaps it, so a mention that starts or ends inside a unit
 * (بايدن in وبايدن, when the units are surface tokens) tags that whole unit.
 */
public final class Iob {
    /** The CoNLL-2003 type labels. */
    private static final Map<EntityType, String> SHORT = Map.of(EntityType.PERSON, "PER",
            EntityType.ORGANIZATION, "ORG", EntityType.LOCATION, "LOC", EntityType.MISC, "MISC");

    /** A unit's tag: outside when {@code mention} is null, else the beginning or inside of it. */
    public record Tag(Mention mention, boolean begin) {
        static final Tag OUTSIDE = new Tag(null, false);

        /** "B-", "I-" or "O" followed by the given label of the type. */
        public String label(boolean shortType) {
            if (mention == null) {
                return "O";
            }
            return (begin ? "B-" : "I-") + (shortType ? SHORT.get(mention.type()) : mention.type().name());
        }
    }

    private Iob() {
    }

    public static List<Tag> tag(List<Span> units, List<Mention> mentions) {
        List<Mention> sorted = mentions.stream().sorted(Comparator.comparing(Mention::span)).toList();
        List<Tag> tags = new ArrayList<>(units.size());
        int first = 0;
        Mention previous = null;
        for (Span unit : units) {
            while (first < sorted.size() && sorted.get(first).span().end() <= unit.start()) {
                first++;
            }
            Mention over = null;
            for (int m = first; m < sorted.size() && sorted.get(m).span().start() < unit.end(); m++) {
                if (sorted.get(m).span().overlaps(unit)) {
                    over = sorted.get(m);
                    break;
                }
            }
            tags.add(over == null ? Tag.OUTSIDE : new Tag(over, over != previous));
            previous = over;
        }
        return tags;
    }

    /** An entity of a tag sequence: units [start, end) and the type label of its tags. */
    public record Entity(int start, int end, String type) {
    }

    /** The entities of one sentence's tags, read as {@link #repair} makes them valid. */
    public static List<Entity> entities(List<String> tags) {
        List<String> iob2 = repair(tags);
        List<Entity> entities = new ArrayList<>();
        for (int start = 0; start < iob2.size(); start++) {
            if (iob2.get(start).startsWith("B-")) {
                String type = iob2.get(start).substring(2);
                int end = start + 1;
                while (end < iob2.size() && iob2.get(end).equals("I-" + type)) {
                    end++;
                }
                entities.add(new Entity(start, end, type));
            }
        }
        return entities;
    }

    /**
     * Tags made valid IOB2: an {@code I-X} that does not continue an X entity begins one (as
     * conlleval reads it; ANERcorp has such tags, and a CRF can predict them), and a tag without a
     * B- or I- prefix is O. Types are kept as they are, so a tagger's output is never renamed.
     */
    public static List<String> repair(List<String> tags) {
        List<String> out = new ArrayList<>(tags.size());
        String previousType = null;
        for (String tag : tags) {
            boolean inside = tag.startsWith("I-");
            if (!inside && !tag.startsWith("B-")) {
                out.add("O");
                previousType = null;
                continue;
            }
            String type = tag.substring(2);
            out.add(inside && !type.equals(previousType) ? "B-" + type : tag);
            previousType = type;
        }
        return out;
    }

    /** The entity type of a type label: long (PERSON), short (PER) or ANERcorp's, which the learned model predicts (PERS). */
    public static EntityType type(String label) {
        if (label.equals("PERS")) {
            return EntityType.PERSON;
        }
        for (Map.Entry<EntityType, String> e : SHORT.entrySet()) {
            if (e.getValue().equals(label) || e.getKey().name().equals(label)) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException("unknown entity type " + label);
    }
}
