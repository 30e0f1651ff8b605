package org.marsad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * What an HTML page says about its article: metadata from its head (Open Graph and article
 * meta tags, {@code <time>}) and its text as lines, one per block element, with headings
 * marked. Navigation, scripts, forms and other furniture are removed first.
 */
public record HtmlPage(String title, String publisher, String date, String url, List<PageLine> lines) {
    private static final String FURNITURE = "script, style, noscript, template, nav, header, footer, aside, form, iframe, "
            + "svg, button, select, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol",
            "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "td", "th", "table", "figcaption", "dd", "dt", "pre");

    public static HtmlPage parse(String html, String baseUri) {
        var doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        String title = first(doc.selectFirst("meta[property=og:title]"), "content");
        String publisher = first(doc.selectFirst("meta[property=og:site_name]"), "content");
        String date = first(doc.selectFirst("meta[property=article:published_time], meta[name=pubdate], "
                + "meta[name=publish-date], meta[itemprop=datePublished], meta[name=date]"), "content");
        if (date == null) {
            date = first(doc.selectFirst("time[datetime]"), "datetime");
        }
        String url = first(doc.selectFirst("link[rel=canonical]"), "href");
        if (url == null) {
            url = first(doc.selectFirst("meta[property=og:url]"), "content");
        }
        // The headline ticker usually sits in the header: read it before furniture is removed.
        doc.select(FURNITURE).not(":has(h1)").remove();
        Element root = doc.selectFirst("article");
        if (root == null || root.text().length() < doc.body().text().length() / 3) {
            root = doc.body();
        }
        Element h1 = root.selectFirst("h1");
        if (title == null && h1 != null) {
            title = h1.text();
        }
        if (title == null && !doc.title().isBlank()) {
            title = doc.title();
        }
        return new HtmlPage(title, publisher, date, url, lines(root, title));
    }

    private static String first(Element element, String attribute) {
        if (element == null) {
            return null;
        }
        String value = element.attr(attribute).strip();
        return value.isEmpty() ? null : value;
    }

    /** The text of {@code root} as lines: a line ends at every block element. */
    private static List<PageLine> lines(Element root, String title) {
        List<PageLine> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PageLine.Hint[] hint = {PageLine.Hint.NONE};
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText().replaceAll("[\\r\\n\\t ]+", " "));
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(lines, current, hint[0], title);
                    hint[0] = e.normalName().matches("h[1-6]") ? PageLine.Hint.HEADING : PageLine.Hint.NONE;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(lines, current, hint[0], title);
                    hint[0] = PageLine.Hint.NONE;
                }
            }
        });
        flush(lines, current, hint[0], title);
        return lines;
    }

    private static void flush(List<PageLine> lines, StringBuilder current, PageLine.Hint hint, String title) {
        String text = PageLayout.clean(current.toString());
        current.setLength(0);
        if (!text.isEmpty()) {
            lines.add(new PageLine(text, text.equals(title) ? PageLine.Hint.TITLE : hint));
        }
    }
}
