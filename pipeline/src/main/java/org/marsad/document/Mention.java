package org.marsad.document;

/**
 * A named-entity mention. The span never includes attached proclitics ("وبايدن" → "بايدن").
 * {@code entity} is null until linked; {@code role} is a title before a person
 * ("رئيس الوزراء العراقي"), or null.
 */
public record Mention(Span span, EntityType type, EntityRef entity, String role) {

    public Mention(Span span, EntityType type) {
        this(span, type, null, null);
    }

    public Mention linkedTo(EntityRef ref) {
        return new Mention(span, type, ref, role);
    }

    public Mention withRole(String newRole) {
        return new Mention(span, type, entity, newRole);
    }
}
