package org.marsad.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.document.Document;
import org.marsad.document.EntityRef;
import org.marsad.document.Layer;
import org.marsad.document.Mention;
import org.marsad.kb.Actor;
import org.marsad.kb.KnowledgeBase;
import org.marsad.kb.MatchKeys;
import org.marsad.pipeline.Annotator;

/**
 * Links every mention to a canonical actor: the knowledge-base actor its name or alias matches;
 * else an earlier, fuller mention in the same document that ends with or contains it ("الأعرجي"
 * after "قاسم الأعرجي"); else an actor of its own, whose id is derived from the normalised name
 * so that the same unlisted actor gets the same id in every document.
 */
public final class ActorLinker implements Annotator {
    private final KnowledgeBase kb;

    public ActorLinker(KnowledgeBase kb) {
        this.kb = kb;
    }

    @Override
    public String name() {
        return "link";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.MENTIONS);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.LINKS);
    }

    @Override
    public Document annotate(Document document) {
        List<Mention> linked = new ArrayList<>(document.mentions().size());
        FullerNames fuller = new FullerNames();
        for (Mention mention : document.mentions()) {
            List<String> names = namesOf(document, mention);
            EntityRef ref = null;
            for (int i = 0; i < names.size() && ref == null; i++) {
                ref = kb.lookup(names.get(i)).map(ActorLinker::ref).orElse(null);
            }
            String key = MatchKeys.of(names.get(0));
            if (ref == null) {
                EntityRef earlier = fuller.of(mention, key);
                ref = earlier != null ? earlier : unlisted(mention, names.get(0), key);
            }
            fuller.add(mention, key, ref);
            linked.add(mention.linkedTo(ref));
        }
        return document.withMentions(linked, Layer.LINKS);
    }

    /**
     * The actors of the mentions seen so far, by every shorter name within their names: a run of
     * whole words of the key ("الأعرجي" and "قاسم" in "قاسم الأعرجي"), for each type. A later
     * mention with a key that is such a run is the same actor as the latest mention it is in.
     * A lookup per mention keeps a long document linear; scanning every earlier mention for each
     * made it quadratic.
     */
    private static final class FullerNames {
        private final Map<String, EntityRef> byShorterName = new HashMap<>();

        void add(Mention mention, String key, EntityRef ref) {
            String[] words = key.split(" ", -1);
            for (int from = 0; from < words.length; from++) {
                StringBuilder run = new StringBuilder();
                for (int to = from; to < words.length; to++) {
                    run.append(to > from ? " " : "").append(words[to]);
                    if (run.length() < key.length()) {
                        byShorterName.put(mention.type() + " " + run, ref);
                    }
                }
            }
        }

        /** The actor of the latest mention of the type with a longer key holding {@code key} as whole words, or null. */
        EntityRef of(Mention mention, String key) {
            return byShorterName.get(mention.type() + " " + key);
        }
    }

    /**
     * The names a mention may be written for, most likely first: after the preposition ل the
     * article ال loses its alef ("للكاظمي" is ل + لكاظمي for الكاظمي), but "للبنان" is ل + لبنان.
     */
    static List<String> namesOf(Document document, Mention mention) {
        int start = mention.span().start();
        String surface = document.text(mention.span());
        boolean alefDropped = start > 0 && document.text().charAt(start - 1) == 'ل' && surface.startsWith("ل");
        return alefDropped ? List.of("ا" + surface, surface) : List.of(surface);
    }

    private static EntityRef ref(Actor actor) {
        return new EntityRef(actor.id(), actor.name(), actor.nameEn(), true);
    }

    private static EntityRef unlisted(Mention mention, String name, String key) {
        String prefix = switch (mention.type()) {
            case PERSON -> "per";
            case ORGANIZATION -> "org";
            case LOCATION -> "loc";
            case MISC -> "misc";
        };
        return new EntityRef(prefix + ":u-" + digest(key), name, null, false);
    }

    private static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
