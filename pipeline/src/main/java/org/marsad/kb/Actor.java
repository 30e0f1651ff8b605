package org.marsad.kb;

import java.util.List;
import org.marsad.document.EntityType;

/** A political actor of the knowledge base: a person, an organisation or a place, with the names news uses for it. */
public record Actor(String id, EntityType type, String name, String nameEn, List<String> aliases, String country, String role) {

    public Actor {
        aliases = List.copyOf(aliases);
    }

    /** The canonical name followed by every alias. */
    public List<String> names() {
        var all = new java.util.ArrayList<String>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return all;
    }
}
