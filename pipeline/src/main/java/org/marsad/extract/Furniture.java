package org.marsad.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/**
 * A page's furniture, removed before its article is looked for: elements that are never article
 * text (scripts, navigation, forms, hidden elements; a {@code header} stays when it holds the
 * headline), and blocks whose class or id names them as comments, sharing buttons, related or
 * most-read articles, tags, newsletters, advertising, menus or sidebars (unless they hold the
 * article itself, as a wrapper named "content-with-sidebar" may).
 */
final class Furniture {
    private static final Set<String> TAGS = Set.of("script", "style", "noscript", "template", "nav", "header", "footer",
            "aside", "form", "iframe", "svg", "button", "select", "input", "textarea");
    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary");
    private static final Pattern HIDDEN = Pattern.compile("display\\s*:\\s*none");
    private static final Set<String> ARTICLE_TAGS = Set.of("body", "article", "main");
    /** What an article's own furniture never contains: its headline or its body. */
    private static final String HOLDS_ARTICLE = "h1, article, [itemprop=articleBody]";
    /** Parts of class names and ids that name furniture wherever they occur ("BGCommentSBar", "most-read"). */
    private static final List<String> NAMES = List.of("comment", "share", "sharing", "social", "related", "recommend",
            "mostread", "most-read", "most_read", "popular", "trending", "tagcloud", "keyword", "breadcrumb", "newsletter",
            "subscri", "advert", "banner", "sidebar", "widget", "promo", "sponsor", "footer", "navbar", "pagination",
            "outbrain", "taboola", "cookie", "popup", "modal");
    /** Whole words of class names and ids that name furniture, too short to look for inside words. */
    private static final Set<String> WORDS = Set.of("tag", "tags", "ad", "ads", "menu");

    private Furniture() {
    }

    /** Removes the page's furniture in one pass, skipping what lies inside what goes. */
    static void remove(Document doc) {
        Set<Element> holdsHeadline = ancestors(doc.getElementsByTag("h1"));
        Set<Element> holdsArticle = ancestors(doc.select(HOLDS_ARTICLE));
        doc.body().filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || depth == 0) {
                    return FilterResult.CONTINUE;
                }
                if (isFurniture(e)) {
                    return holdsHeadline.contains(e) ? FilterResult.CONTINUE : FilterResult.REMOVE;
                }
                return isNamedFurniture(e) && !holdsArticle.contains(e) ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }
        });
    }

    /** The elements and every element around them. */
    private static Set<Element> ancestors(List<Element> elements) {
        Set<Element> around = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element element : elements) {
            Element e = element;
            while (e != null && around.add(e)) {
                e = e.parent();
            }
        }
        return around;
    }

    private static boolean isFurniture(Element e) {
        if (TAGS.contains(e.normalName()) || e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")) {
            return true;
        }
        String role = e.attr("role");
        return !role.isEmpty() && ROLES.contains(role) || e.hasAttr("style") && HIDDEN.matcher(e.attr("style")).find();
    }

    static boolean isNamedFurniture(Element e) {
        if (e.className().isEmpty() && e.id().isEmpty() || ARTICLE_TAGS.contains(e.normalName())) {
            return false;
        }
        String name = classAndId(e);
        for (String part : NAMES) {
            if (name.contains(part)) {
                return true;
            }
        }
        int start = 0;
        for (int i = 0; i <= name.length(); i++) {
            if (i == name.length() || isSeparator(name.charAt(i))) {
                if (i > start && WORDS.contains(name.substring(start, i))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '_';
    }

    /** An element's class names and id, lower case. */
    static String classAndId(Element e) {
        return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    }
}
