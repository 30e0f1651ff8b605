package org.marsad.document;

/**
 * Converts UTF-16 indices of one text to Unicode code point indices. Output formats index text
 * in code points (what Python's {@code str} and most non-Java readers use), while Java strings
 * index UTF-16 units; the two differ after any character outside the Basic Multilingual Plane.
 */
public final class CodePointIndex {
    private final int[] codePointAt;

    public CodePointIndex(String text) {
        codePointAt = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++, cp++) {
            codePointAt[i] = cp;
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                codePointAt[++i] = cp;
            }
        }
        codePointAt[text.length()] = cp;
    }

    /** The code point index of the UTF-16 index {@code utf16}. */
    public int toCodePoint(int utf16) {
        return codePointAt[utf16];
    }
}
