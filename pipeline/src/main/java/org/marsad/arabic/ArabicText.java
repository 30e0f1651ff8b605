package org.marsad.arabic;

/**
 * Orthographic normalisation of Arabic for matching keys, never for output text: news spells the
 * same name with and without hamza on alef (أ إ آ ا), with final ى or ي, final ة or ه, with or
 * without diacritics and tatweel, and in presentation forms.
 */
public final class ArabicText {
    private static final char TATWEEL = '\u0640';

    private ArabicText() {
    }

    /** The matching key of a word or phrase: normalised letters, single spaces, no marks. */
    public static String key(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = baseLetter(s.charAt(i));
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (isDiacritic(c) || c == TATWEEL || c == '\u200E' || c == '\u200F' || c == '\u200C' || c == '\u200D') {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(fold(c));
        }
        return out.toString();
    }

    /**
     * The text with {@link #fold folded} letters and Western digits, one character for one, so
     * that a pattern matched on it gives offsets into the text itself (which {@link #key} cannot).
     */
    public static String foldInPlace(CharSequence s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            char c = baseLetter(s.charAt(i));
            out[i] = c >= '٠' && c <= '٩' ? (char) ('0' + c - '٠') : c >= '۰' && c <= '۹' ? (char) ('0' + c - '۰') : fold(c);
        }
        return new String(out);
    }

    /** Folds the letters news spells interchangeably onto one. */
    static char fold(char c) {
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ى' -> 'ي';
            case 'ة' -> 'ه';
            case 'ؤ' -> 'و';
            case 'ئ' -> 'ي';
            case 'ک' -> 'ك';
            case 'ی', 'ې' -> 'ي';
            default -> Character.toLowerCase(c);
        };
    }

    /** Arabic diacritics (harakat, tanwin, shadda, sukun, dagger alef) and Quranic marks. */
    public static boolean isDiacritic(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u06D6' && c <= '\u06ED')
                || (c >= '\u0610' && c <= '\u061A');
    }

    public static boolean isArabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3') || c == TATWEEL;
    }

    /**
     * The base letter of an Arabic presentation form (U+FB50–U+FDFF, U+FE70–U+FEFF), or the
     * character itself. Ligatures of several letters keep their first letter only, which is
     * enough for keys; text offsets are never changed by this.
     */
    public static char baseLetter(char c) {
        if ((c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF')) {
            String decomposed = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC);
            if (!decomposed.isEmpty()) {
                return decomposed.charAt(0);
            }
        }
        return c;
    }
}
