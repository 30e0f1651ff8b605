package org.marsad.document;

/**
 * A word's Universal Dependencies part of speech and features: {@code upos} (NOUN, VERB …) and
 * {@code feats} as CoNLL-U writes them ({@code Case=Gen|Definite=Def|Number=Sing}, or {@code _}
 * for none). A document's words are its tokens' clitic segments in order, as for {@link Dependency}.
 */
public record Morphology(String upos, String feats) {
}
