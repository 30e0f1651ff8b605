package org.marsad.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds a page's article among its lines, the way Readability and trafilatura do, by text density
 * and link density rather than by site: every line of running text (long, few links) scores its
 * characters for the element that holds its paragraph, half for that element's parent and a third
 * for the grandparent; the best-scoring element is the article's body, with its siblings that carry
 * as much running text and as few links. Lines of the body that are mostly links (teasers) are
 * left out. A page whose best body is itself a list of headline links, or that has no running
 * text but headline links, is a headline list; a page with neither keeps its lines with few links.
 */
final class MainContent {
    /** Running text: a line of at least this many words... */
    private static final int TEXT_WORDS = 8;
    /** ...whose link text is less than this share of it. */
    private static final double TEXT_LINK_DENSITY = 0.3;
    /** A body line that is more link than this is a teaser or a menu. */
    private static final double MAX_LINK_DENSITY = 0.5;
    /** A sibling joins the body with at least this share of the body's running text. */
    private static final double SIBLING_SHARE = 0.2;
    private static final Pattern PARAGRAPH_TAGS = Pattern.compile("p|h[1-6]|li|blockquote|pre|figcaption|dd|dt|td");

    /** The body's lines in page order, and whether the page is a list of headlines instead. */
    record Found(List<HtmlLines.Line> body, boolean headlineList) {
    }

    private MainContent() {
    }

    static Found find(List<HtmlLines.Line> lines, Element page) {
        Map<Element, Double> score = new IdentityHashMap<>();
        Map<Element, Integer> text = new IdentityHashMap<>();
        for (HtmlLines.Line line : lines) {
            if (!isRunningText(line)) {
                continue;
            }
            Element holder = PARAGRAPH_TAGS.matcher(line.block().normalName()).matches() && line.block().parent() != null
                    ? line.block().parent() : line.block();
            double weight = 1;
            for (Element e = holder; e != null && weight > 0.3; e = e.parent(), weight = weight == 1 ? 0.5 : weight == 0.5 ? 1.0 / 3 : 0) {
                score.merge(e, weight * line.text().length(), Double::sum);
            }
            for (Element e = line.block(); e != null; e = e.parent()) {
                text.merge(e, line.text().length(), Integer::sum);
            }
        }
        Element best = score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (best == null) {
            return new Found(lines.stream().filter(line -> line.linkDensity() <= MAX_LINK_DENSITY).toList(), isHeadlineList(page));
        }
        List<Element> parts = new ArrayList<>();
        int bestText = text.get(best);
        Element parent = best.parent();
        for (Element sibling : parent == null ? List.of(best) : parent.children()) {
            if (sibling == best || text.getOrDefault(sibling, 0) >= SIBLING_SHARE * bestText && linkDensity(sibling, lines) < TEXT_LINK_DENSITY) {
                parts.add(sibling);
            }
        }
        List<HtmlLines.Line> body = new ArrayList<>();
        for (HtmlLines.Line line : lines) {
            if (line.linkDensity() <= MAX_LINK_DENSITY && parts.stream().anyMatch(p -> isInside(line.block(), p))) {
                body.add(line);
            }
        }
        return new Found(body, isHeadlineList(best));
    }

    private static boolean isRunningText(HtmlLines.Line line) {
        return line.words() >= TEXT_WORDS && line.linkDensity() < TEXT_LINK_DENSITY;
    }

    /** A body that holds more headline links (four words or more) than it has paragraphs of its own. */
    private static boolean isHeadlineList(Element body) {
        long headlines = body.select("a").stream().filter(a -> PageLine.words(a.text()) >= 4).count();
        return headlines >= 5 && headlines > body.select("p").size();
    }

    private static double linkDensity(Element element, List<HtmlLines.Line> lines) {
        long all = 0;
        long links = 0;
        for (HtmlLines.Line line : lines) {
            if (isInside(line.block(), element)) {
                all += line.text().length();
                links += line.linkChars();
            }
        }
        return all == 0 ? 1 : (double) links / all;
    }

    static boolean isInside(Element element, Element ancestor) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }
}
