package org.marsad.document;

/**
 * The canonical actor a mention refers to. {@code kb} is true when the actor comes from the
 * knowledge base; otherwise the id is derived from the normalised name, so that the same
 * unlisted actor gets the same id in every document.
 */
public record EntityRef(String id, String name, String nameEn, boolean kb) {
}
