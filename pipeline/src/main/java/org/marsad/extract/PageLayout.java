package org.marsad.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.document.Block;

/**
 * Reads the layout of a news page from its lines: a headline ticker (many headlines on one
 * line, separated by runs of spaces), boilerplate, the title, the byline with publisher and
 * date, section headings and paragraphs. The rules are about the shape of lines, not about
 * one site, so they hold for the aggregator pages that share this layout.
 */
public final class PageLayout {
    /** Ticker headlines are separated by three or more spaces (often no-break spaces). */
    private static final Pattern TICKER_SEPARATOR = Pattern.compile("[\\s\\u00A0]{3,}");
    private static final int MIN_TICKER_HEADLINES = 3;
    private static final int MAX_TITLE_WORDS = 30;
    private static final int MAX_HEADING_WORDS = 12;

    /** A line of the article and its role. */
    public record Part(String text, Block.Role role) {
    }

    /** What a page holds: the distinct ticker headlines in page order, and the article. */
    public record Layout(List<String> headlines, String title, String publisher, LocalDate date, List<Part> body) {
    }

    private PageLayout() {
    }

    public static Layout analyse(List<PageLine> lines) {
        Set<String> headlines = new LinkedHashSet<>();
        List<PageLine> content = new ArrayList<>();
        for (PageLine line : lines) {
            String text = clean(line.text());
            if (text.isEmpty() || Boilerplate.matches(text)) {
                continue;
            }
            List<String> parts = TICKER_SEPARATOR.splitAsStream(text).map(PageLayout::clean).filter(s -> !s.isEmpty()).toList();
            if (parts.size() >= MIN_TICKER_HEADLINES) {
                headlines.addAll(parts);
            } else {
                content.add(new PageLine(text, line.hint()));
            }
        }
        int bylineAt = -1;
        Byline byline = null;
        for (int i = 0; i < content.size() && byline == null; i++) {
            Optional<Byline> found = Byline.parse(content.get(i).text());
            if (found.isPresent()) {
                bylineAt = i;
                byline = found.get();
            }
        }
        int titleAt = titleIndex(content, bylineAt);
        String title = titleAt >= 0 ? content.get(titleAt).text() : null;
        int bodyFrom = Math.max(titleAt, bylineAt) + 1;
        List<Part> body = new ArrayList<>();
        for (int i = bodyFrom; i < content.size(); i++) {
            if (i == bylineAt) {
                continue;
            }
            PageLine line = content.get(i);
            PageLine next = i + 1 < content.size() ? content.get(i + 1) : null;
            body.add(new Part(line.text(), isHeading(line, next) ? Block.Role.HEADING : Block.Role.PARAGRAPH));
        }
        return new Layout(List.copyOf(headlines), title, byline == null ? null : byline.publisher(),
                byline == null ? null : byline.date(), body);
    }

    /**
     * The title: a line the markup marks as one; else the line just above the byline; else the
     * first short line without final punctuation that a longer line follows.
     */
    private static int titleIndex(List<PageLine> content, int bylineAt) {
        for (int i = 0; i < content.size(); i++) {
            if (content.get(i).hint() == PageLine.Hint.TITLE) {
                return i;
            }
        }
        if (bylineAt > 0 && isTitleLike(content.get(bylineAt - 1))) {
            return bylineAt - 1;
        }
        for (int i = Math.max(0, bylineAt + 1); i + 1 < content.size(); i++) {
            if (isTitleLike(content.get(i)) && content.get(i + 1).words() > content.get(i).words()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isTitleLike(PageLine line) {
        return line.words() <= MAX_TITLE_WORDS && !endsSentence(line.text());
    }

    /** A heading is short, has no final punctuation and introduces a longer paragraph. */
    static boolean isHeading(PageLine line, PageLine next) {
        if (line.hint() == PageLine.Hint.HEADING) {
            return true;
        }
        return next != null && line.words() <= MAX_HEADING_WORDS && !endsSentence(line.text())
                && next.words() > 2 * line.words();
    }

    private static boolean endsSentence(String text) {
        char last = text.charAt(text.length() - 1);
        return ".!?؟…:\"»)'”".indexOf(last) >= 0;
    }

    /** The line without surrounding spaces of any kind (strip() leaves no-break spaces). */
    static String clean(String line) {
        int from = 0;
        int to = line.length();
        while (from < to && isSpace(line.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(line.charAt(to - 1))) {
            to--;
        }
        return line.substring(from, to);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200E' || c == '\u200F';
    }
}
