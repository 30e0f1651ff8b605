package org.marsad.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.arabic.ArabicText;
import org.marsad.document.EntityType;

/**
 * The curated actors, indexed by the matching key of every name and alias. Keys are built with
 * {@link MatchKeys}, so spelling variants of a name find the same actor.
 */
public final class KnowledgeBase {
    /** Classpath resources of the curated actor tables (see models/KB.md). */
    public static final List<String> DEFAULT_TABLES = List.of(
            "/org/marsad/models/kb/persons.tsv",
            "/org/marsad/models/kb/organizations.tsv",
            "/org/marsad/models/kb/locations.tsv");
    private static final String HEADER = "id\ttype\tname\tname_en\taliases\tcountry\trole";

    private final Map<String, Actor> byId = new HashMap<>();
    private final Map<String, Actor> byKey = new HashMap<>();
    private final Set<String> keyPrefixes = new HashSet<>();
    private final Set<String> ambiguousKeys = new HashSet<>();
    private int longestNameWords = 1;

    public KnowledgeBase(Collection<Actor> actors) {
        for (Actor actor : actors) {
            if (byId.putIfAbsent(actor.id(), actor) != null) {
                throw new IllegalArgumentException("duplicate actor id " + actor.id());
            }
            for (String name : actor.names()) {
                MatchKeys.indexKeys(name, actor.type()).forEach(key -> index(key, actor));
                // One more than written: a name the table writes with عبد joined may be two tokens in text.
                longestNameWords = Math.max(longestNameWords, name.strip().split("\\s+").length + 1);
            }
        }
        ambiguousKeys.forEach(byKey::remove);
    }

    private void index(String key, Actor actor) {
        if (key.isEmpty() || ambiguousKeys.contains(key)) {
            return;
        }
        keyPrefixes.addAll(MatchKeys.prefixes(key));
        Actor previous = byKey.putIfAbsent(key, actor);
        if (previous != null && !previous.id().equals(actor.id())) {
            // A key two actors share names neither reliably; it is dropped rather than guessed.
            ambiguousKeys.add(key);
        }
    }

    /** The knowledge base shipped in the models module. */
    public static KnowledgeBase loadDefault() {
        List<Actor> actors = new ArrayList<>();
        for (String table : DEFAULT_TABLES) {
            actors.addAll(readTable(table));
        }
        return new KnowledgeBase(actors);
    }

    static List<Actor> readTable(String resource) {
        InputStream in = KnowledgeBase.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("knowledge base table " + resource + " is not on the classpath");
        }
        List<Actor> actors = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (!HEADER.equals(header)) {
                throw new IllegalStateException(resource + ": header must be " + HEADER);
            }
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (!line.isBlank()) {
                    actors.add(parse(line, resource + ":" + lineNumber));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return actors;
    }

    private static Actor parse(String line, String where) {
        String[] f = line.split("\t", -1);
        if (f.length != 7) {
            throw new IllegalStateException(where + ": expected 7 tab-separated fields, found " + f.length);
        }
        List<String> aliases = f[4].isEmpty() ? List.of()
                : Arrays.stream(f[4].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new Actor(f[0], EntityType.valueOf(f[1]), f[2], emptyToNull(f[3]), aliases, emptyToNull(f[5]), emptyToNull(f[6]));
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** The actor a name refers to, matched on its normalised key. */
    public Optional<Actor> lookup(String name) {
        return Optional.ofNullable(byKey.get(MatchKeys.of(name)));
    }

    /** The actor of an already normalised key. */
    public Optional<Actor> lookupKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Optional<Actor> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Actor> actors() {
        return byId.values();
    }

    /** Whether some name's key starts with {@code key} (whole words): a name search can stop where none does. */
    public boolean isNamePrefix(String key) {
        return keyPrefixes.contains(key);
    }

    /** The largest number of words in any indexed name, which bounds a name search. */
    public int longestNameWords() {
        return longestNameWords;
    }

    /**
     * Given names, as matching keys: the first word of every person's name of two words or more,
     * unless the word is itself a name of some actor. A surname alias right after one of these
     * belongs to someone else ("عبدالله العليمي" is not رشاد العليمي).
     */
    public Set<String> givenNameKeys() {
        Set<String> given = new HashSet<>();
        for (Actor actor : byId.values()) {
            if (actor.type() != EntityType.PERSON) {
                continue;
            }
            for (String name : actor.names()) {
                String[] words = MatchKeys.of(name).split(" ");
                if (words.length >= 2 && !byKey.containsKey(words[0])) {
                    given.add(words[0]);
                }
            }
        }
        return given;
    }

    /**
     * The words the segmenter must not break apart (it reads بايدن as ب + ايدن): the words of
     * people's names, four letters or more, and every name that is one word (بغداد, داعش, بوش).
     * Words of longer organisation and place names (الطاقة in الوكالة الدولية للطاقة الذرية) are
     * ordinary words, which the segmenter handles, and protecting them would stop it splitting
     * "للطاقة" where it means ل + الطاقة.
     */
    public Set<String> nameWords() {
        Set<String> words = new HashSet<>();
        for (Actor actor : byId.values()) {
            for (String name : actor.names()) {
                String[] parts = name.strip().split("\\s+");
                if (parts.length == 1 && ArabicText.key(name).length() >= 3) {
                    words.add(parts[0]);
                } else if (actor.type() == EntityType.PERSON) {
                    for (String word : parts) {
                        if (ArabicText.key(word).length() >= 4) {
                            words.add(word);
                        }
                    }
                }
            }
        }
        return words;
    }
}
