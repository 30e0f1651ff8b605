package org.marsad.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML element's text as lines, one per block element or {@code <br>}: each line knows the
 * block element it sits in, how much of it is link text, and what its markup makes it (a heading,
 * a quotation, a list item, a caption).
 */
final class HtmlLines {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "li", "ul", "ol",
            "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th", "table", "figure", "figcaption",
            "dd", "dt", "dl", "pre", "hr");

    /** A line of the page. {@code block} is the innermost block element around it. */
    record Line(int index, String text, Element block, int linkChars, PageLine.Hint hint, boolean h1) {
        int words() {
            return PageLine.words(text);
        }

        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
        }
    }

    private HtmlLines() {
    }

    static List<Line> of(Element root) {
        List<Line> lines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int[] linkChars = {0};
        int[] inLink = {0};
        Deque<Element> open = new ArrayDeque<>();
        open.push(root);
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    int before = text.length();
                    appendCollapsed(t.getWholeText(), text);
                    linkChars[0] += inLink[0] > 0 ? text.length() - before : 0;
                } else if (node instanceof Element e && e != root) {
                    if (e.normalName().equals("a")) {
                        inLink[0]++;
                    }
                    if (BLOCKS.contains(e.normalName())) {
                        flush(lines, text, linkChars, open);
                        if (!e.normalName().equals("br") && !e.normalName().equals("hr")) {
                            open.push(e);
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e != root) {
                    if (e.normalName().equals("a")) {
                        inLink[0]--;
                    }
                    if (BLOCKS.contains(e.normalName()) && !e.normalName().equals("br") && !e.normalName().equals("hr")) {
                        flush(lines, text, linkChars, open);
                        open.pop();
                    }
                }
            }
        });
        flush(lines, text, linkChars, open);
        return lines;
    }

    /** Appends {@code s} with each run of ASCII white space made one space, as a browser shows it. */
    private static void appendCollapsed(String s, StringBuilder out) {
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        if (space) {
            out.append(' ');
        }
    }

    private static void flush(List<Line> lines, StringBuilder buffer, int[] linkChars, Deque<Element> open) {
        String text = PageLayout.clean(buffer.toString());
        buffer.setLength(0);
        if (!text.isEmpty()) {
            lines.add(new Line(lines.size(), text, open.peek(), Math.min(linkChars[0], text.length()), hint(open),
                    open.stream().anyMatch(e -> e.normalName().equals("h1"))));
        }
        linkChars[0] = 0;
    }

    /** What the innermost telling element around a line makes it. */
    private static PageLine.Hint hint(Deque<Element> open) {
        int depth = 0;
        for (Element e : open) {
            depth++;
            switch (e.normalName()) {
                case "h1" -> {
                    return PageLine.Hint.TITLE;
                }
                case "h2", "h3", "h4", "h5", "h6" -> {
                    return PageLine.Hint.HEADING;
                }
                case "blockquote" -> {
                    return PageLine.Hint.QUOTE;
                }
                case "li", "dd" -> {
                    return PageLine.Hint.LIST;
                }
                case "figcaption" -> {
                    return PageLine.Hint.CAPTION;
                }
                default -> {
                    // A caption's own element says so; an outer wrapper's class says nothing of its lines.
                    String name = depth <= 2 ? Furniture.classAndId(e) : "";
                    if (name.contains("caption") || name.contains("credit")) {
                        return PageLine.Hint.CAPTION;
                    }
                }
            }
        }
        return PageLine.Hint.NONE;
    }
}
