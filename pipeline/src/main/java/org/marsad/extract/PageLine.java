package org.marsad.extract;

/**
 * A line of a page's text, with what the page's markup said about it when it said anything
 * (an HTML {@code h2} is a heading whatever its length, a {@code figcaption} a caption).
 */
public record PageLine(String text, Hint hint) {

    public enum Hint { NONE, TITLE, HEADING, QUOTE, LIST, CAPTION }

    public static PageLine plain(String text) {
        return new PageLine(text, Hint.NONE);
    }

    public int words() {
        return words(text);
    }

    static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0';
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return words;
    }
}
