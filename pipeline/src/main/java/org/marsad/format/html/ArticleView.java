package org.marsad.format.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.document.Block;
import org.marsad.document.Document;
import org.marsad.document.EntityRef;
import org.marsad.document.Mention;
import org.marsad.document.Span;

/**
 * One document of the HTML view: its index entry and its rendered section (the text with its
 * mentions, time expressions and quotations highlighted, and the list of its actors). Rendered when the document is written, so
 * the page writer keeps strings rather than documents.
 */
record ArticleView(String anchor, String title, String publisher, String date, List<Actor> actors, String section) {
    private static final int TOP_ACTORS = 3;

    /** An actor of one document and how often the document mentions it. */
    record Actor(EntityRef entity, String type, int count) {
    }

    static ArticleView of(Document doc) {
        String anchor = "doc-" + doc.id().replaceAll("\\s", "_");
        String title = doc.title() != null ? doc.title() : doc.id();
        String date = doc.published() == null ? "" : doc.published().toString();
        List<Actor> actors = actors(doc.mentions());
        StringBuilder out = new StringBuilder();
        List<Block> blocks = doc.blocks().isEmpty()
                ? List.of(new Block(new Span(0, doc.text().length()), Block.Role.PARAGRAPH)) : doc.blocks();
        boolean titled = blocks.stream().anyMatch(b -> b.role() == Block.Role.TITLE) || title.equals(doc.text().strip());
        out.append("<article class=\"doc\" id=\"").append(Html.escape(anchor)).append("\">\n<header>");
        if (!titled) {
            out.append("<h2>").append(Html.escape(title)).append("</h2>");
        }
        out.append("<p class=\"meta\">");
        // Each part is isolated, so that a date or a Latin id keeps its order inside the right-to-left line.
        out.append(nonEmpty(doc.source().publisher(), date, doc.kind().label(), doc.id()).stream()
                .map(part -> "<bdi>" + Html.escape(part) + "</bdi>").collect(java.util.stream.Collectors.joining(" · ")));
        out.append("</p></header>\n<div class=\"body\">\n<div class=\"text\" dir=\"rtl\" lang=\"ar\">\n");
        Highlights highlights = Highlights.of(doc);
        for (Block block : blocks) {
            String tag = switch (block.role()) {
                case TITLE -> "h2";
                case HEADING -> "h3";
                case QUOTE -> "blockquote";
                case LEAD, PARAGRAPH, CAPTION, LIST -> "p";
            };
            out.append('<').append(tag).append(" class=\"").append(block.role().label()).append("\">");
            highlights.write(block.span(), out);
            out.append("</").append(tag).append(">\n");
        }
        out.append("</div>\n<aside class=\"actors\"><h3>الفاعلون <span lang=\"en\" dir=\"ltr\">(actors)</span></h3><ul>\n");
        for (Actor actor : actors) {
            out.append("<li><button type=\"button\" class=\"actor ").append(actor.type()).append("\" data-actor=\"")
                    .append(Html.escape(actor.entity().id())).append("\" title=\"").append(Html.escape(hover(actor.entity(), actor.type(), null)))
                    .append("\">").append(Html.escape(actor.entity().name())).append(" <span class=\"count\">")
                    .append(actor.count()).append("</span></button></li>\n");
        }
        out.append("</ul></aside>\n</div>\n</article>\n");
        return new ArticleView(anchor, title, doc.source().publisher(), date, actors, out.toString());
    }

    /** The document's row in the page's index: title (a link to its section), publisher, date, top actors. */
    String indexRow() {
        return "<tr><td><a href=\"#" + Html.escape(anchor) + "\">" + Html.escape(title) + "</a></td><td>"
                + Html.escape(publisher) + "</td><td class=\"date\"><bdi>" + date + "</bdi></td><td>"
                + Html.escape(actors.stream().limit(TOP_ACTORS).map(a -> a.entity().name())
                        .collect(java.util.stream.Collectors.joining("، "))) + "</td></tr>\n";
    }

    /** The linked actors of the mentions, most mentioned first. */
    private static List<Actor> actors(List<Mention> mentions) {
        Map<String, Actor> byId = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.entity() != null) {
                byId.merge(m.entity().id(), new Actor(m.entity(), m.type().name(), 1),
                        (a, b) -> new Actor(a.entity(), a.type(), a.count() + 1));
            }
        }
        return byId.values().stream()
                .sorted(Comparator.comparingInt(Actor::count).reversed().thenComparing(a -> a.entity().id())).toList();
    }

    /** The hover text: canonical name, English name, type and the person's title when known. */
    static String hover(EntityRef entity, String type, String role) {
        if (entity == null) {
            return type;
        }
        return String.join(" · ", nonEmpty(entity.name(), entity.nameEn(), type, role));
    }

    private static List<String> nonEmpty(String... parts) {
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                out.add(part);
            }
        }
        return out;
    }
}
