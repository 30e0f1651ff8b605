package org.marsad.document;

/**
 * The syntactic head of a word and the Universal Dependencies relation to it. A document's
 * words are its tokens' clitic segments in order; {@code head} counts the words of the word's
 * own sentence from 1, and is 0 for the sentence's root.
 */
public record Dependency(int head, String relation) {
}
