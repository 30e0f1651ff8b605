package org.marsad.arabic;

/**
 * Cursive joining of Arabic letters (Unicode's joining types, simplified to the letters news
 * text uses). A markup boundary between two joined letters can break the join in a browser, so
 * writers that wrap part of a word ask here first.
 */
public final class Joining {
    private Joining() {
    }

    /** Whether the letters either side of {@code boundary} join each other; diacritics between them are transparent. */
    public static boolean joinsAcross(CharSequence text, int boundary) {
        int before = boundary - 1;
        while (before >= 0 && ArabicText.isDiacritic(text.charAt(before))) {
            before--;
        }
        int after = boundary;
        while (after < text.length() && ArabicText.isDiacritic(text.charAt(after))) {
            after++;
        }
        return before >= 0 && after < text.length()
                && joinsForward(text.charAt(before)) && joinsBackward(text.charAt(after));
    }

    /** Joins the letter before it: every Arabic letter but hamza (and tatweel, which joins both ways). */
    static boolean joinsBackward(char c) {
        return ArabicText.isArabicLetter(c) && c != '\u0621' && c != '\u0674';
    }

    /** Joins the letter after it: dual-joining letters, not alef, dal, dhal, reh, zain, waw, teh marbuta and their kin. */
    static boolean joinsForward(char c) {
        return joinsBackward(c) && !isRightJoining(c);
    }

    private static boolean isRightJoining(char c) {
        return (c >= '\u0622' && c <= '\u0625') || c == '\u0627' || c == '\u0629' || (c >= '\u062F' && c <= '\u0632')
                || c == '\u0648' || (c >= '\u0671' && c <= '\u0673') || (c >= '\u0675' && c <= '\u0677')
                || (c >= '\u0688' && c <= '\u0699') || c == '\u06C0' || (c >= '\u06C3' && c <= '\u06CB')
                || c == '\u06CD' || c == '\u06CF' || c == '\u06D2' || c == '\u06D3';
    }
}
