package org.marsad.format.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.arabic.ArabicText;
import org.marsad.arabic.Joining;
import org.marsad.document.Document;
import org.marsad.document.Mention;
import org.marsad.document.Quotation;
import org.marsad.document.Span;
import org.marsad.document.TimeExpression;

/**
 * The marked-up text of a document's blocks: every mention a {@code <mark>}, every time
 * expression a {@code <time>} with its value on hover, every quotation's content shaded with its
 * speaker's name on hover (cut at block ends, so that a quotation over several paragraphs is
 * shaded in each).
 */
final class Highlights {
    /** A highlighted span and the element that wraps it. */
    private record Mark(Span span, String open, String close) {
    }

    private final String text;
    private final List<Mark> marks;
    private final List<Mark> quotes;

    private Highlights(String text, List<Mark> marks, List<Mark> quotes) {
        this.text = text;
        this.marks = marks;
        this.quotes = quotes;
    }

    static Highlights of(Document doc) {
        List<Mark> marks = new ArrayList<>();
        for (Mention m : doc.mentions()) {
            String entity = m.entity() == null ? "" : " data-entity=\"" + Html.escape(m.entity().id()) + "\"";
            marks.add(new Mark(m.span(), "<mark class=\"m " + m.type().name() + "\"" + entity + " title=\""
                    + Html.escape(ArticleView.hover(m.entity(), m.type().name(), m.role())) + "\">", "</mark>"));
        }
        for (TimeExpression t : doc.times()) {
            String value = t.value() == null ? t.type().label() : t.value();
            String datetime = t.value() == null ? "" : " datetime=\"" + Html.escape(t.value()) + "\"";
            marks.add(new Mark(t.span(), "<time class=\"t\"" + datetime + " title=\"" + Html.escape(value + " · "
                    + t.calendar().label()) + "\">", "</time>"));
        }
        marks.sort(Comparator.comparing(Mark::span));
        List<Mark> quotes = new ArrayList<>();
        for (Quotation q : doc.quotes()) {
            String speaker = q.speaker() == null ? "?" : q.mention() != null && doc.mentions().get(q.mention()).entity() != null
                    ? doc.mentions().get(q.mention()).entity().name() : doc.text(q.speaker());
            quotes.add(new Mark(q.content(), "<span class=\"quote " + q.kind().label() + "\" title=\""
                    + Html.escape(speaker + " · " + q.kind().label()) + "\">", "</span>"));
        }
        return new Highlights(doc.text(), marks, quotes);
    }

    /** Writes the escaped text of a block, quotations shaded and the other marks inside them. */
    void write(Span block, StringBuilder out) {
        int at = block.start();
        for (Mark quote : quotes) {
            int start = Math.max(quote.span().start(), block.start());
            int end = Math.min(quote.span().end(), block.end());
            if (start >= end || start < at) {
                continue;
            }
            marked(new Span(at, start), out);
            out.append(quote.open());
            marked(new Span(start, end), out);
            out.append(quote.close());
            at = end;
        }
        marked(new Span(at, block.end()), out);
    }

    /**
     * Writes a piece of text with its marks. Mentions start after proclitics, which can cut a
     * cursive join (ل|لكاظمي in للكاظمي), and a browser may break the join at an element
     * boundary; so a highlight grows to the nearest boundary where no letters join and no
     * diacritic is cut off — و|بايدن stays as it is, للكاظمي is highlighted whole.
     */
    private void marked(Span piece, StringBuilder out) {
        int at = piece.start();
        for (Mark mark : marks) {
            int start = mark.span().start();
            int end = mark.span().end();
            while (start > piece.start() && (Joining.joinsAcross(text, start) || ArabicText.isDiacritic(text.charAt(start)))) {
                start--;
            }
            while (end < piece.end() && (Joining.joinsAcross(text, end) || ArabicText.isDiacritic(text.charAt(end)))) {
                end++;
            }
            if (start < at || end > piece.end()) {
                continue; // outside this piece, or overlapping the previous highlight
            }
            out.append(Html.escape(text.substring(at, start))).append(mark.open())
                    .append(Html.escape(text.substring(start, end))).append(mark.close());
            at = end;
        }
        out.append(Html.escape(text.substring(at, piece.end())));
    }
}
