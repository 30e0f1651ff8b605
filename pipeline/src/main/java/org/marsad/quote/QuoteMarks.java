package org.marsad.quote;

import java.util.ArrayList;
import java.util.List;
import org.marsad.document.Span;

/**
 * The text between paired quotation marks: «…», “…”, "…", ‘…’ and '…'. Guillemets may run over
 * several paragraphs, as news prints a long quotation: each paragraph opens with « again and only
 * the last one closes it, so a « at a paragraph's start continues the quotation. Other marks pair
 * within one paragraph.
 */
final class QuoteMarks {
    /** A marked passage: {@code open} and {@code close} are the marks' offsets, {@code inside} what they enclose. */
    record Marked(int open, int close, Span inside) {
    }

    private QuoteMarks() {
    }

    static List<Marked> find(String text) {
        List<Marked> found = new ArrayList<>();
        int lastGuillemet = text.lastIndexOf('»');
        int lastDoubleRight = text.lastIndexOf('”');
        int lastSingleRight = text.lastIndexOf('’');
        int lastStraight = text.lastIndexOf('"');
        int lastApostrophe = text.lastIndexOf('\'');
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            // A mark after the last of its closers opens nothing; without this check an unclosed
            // mark would be scanned to the end of a long text, once per such mark.
            int lastCloser = switch (c) {
                case '«' -> lastGuillemet;
                case '“' -> lastDoubleRight;
                case '‘' -> lastSingleRight;
                case '"' -> lastStraight;
                case '\'' -> lastApostrophe;
                default -> -1;
            };
            if (lastCloser <= i) {
                i++;
                continue;
            }
            int close = switch (c) {
                case '«' -> guillemetClose(text, i);
                case '“' -> closeInParagraph(text, i, '”');
                case '"', '\'' -> closeInParagraph(text, i, c);
                case '‘' -> closeInParagraph(text, i, '’');
                default -> -1;
            };
            if (close > i + 1) {
                found.add(new Marked(i, close, new Span(i + 1, close)));
                i = close + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    private static int guillemetClose(String text, int open) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '»') {
                return i;
            }
            if (c == '«' && !atParagraphStart(text, i)) {
                return -1; // opened again inside: this one was never closed
            }
        }
        return -1;
    }

    private static boolean atParagraphStart(String text, int i) {
        int j = i - 1;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j--;
        }
        return j < 0 || text.charAt(j) == '\n';
    }

    private static int closeInParagraph(String text, int open, char mark) {
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == mark) {
                return i;
            }
            if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }
}
