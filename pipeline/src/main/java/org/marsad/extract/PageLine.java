package org.marsad.extract;

/**
 * A line of a page's text, with what the page's markup said about it when it said anything
 * (an HTML {@code h2} is a heading whatever its length).
 */
public record PageLine(String text, Hint hint) {

    public enum Hint { NONE, TITLE, HEADING }

    public static PageLine plain(String text) {
        return new PageLine(text, Hint.NONE);
    }

    public int words() {
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("[\\s\\u00A0]+").length;
    }
}
