package org.marsad.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import org.marsad.arabic.ArabicText;
import org.marsad.document.Document;
import org.marsad.document.Layer;
import org.marsad.document.Quotation;
import org.marsad.document.Quotation.Kind;
import org.marsad.document.Sentence;
import org.marsad.document.Span;
import org.marsad.pipeline.Annotator;
import org.marsad.quote.QuoteMarks.Marked;
import org.marsad.quote.Speakers.Speaker;

/**
 * Finds reported speech and who said it. A cue ({@link Cues}: a reporting verb, or a statement
 * after بحسب/جاء في) opens a window of at most {@value #WINDOW} words within its sentence, which
 * ends at what introduces the quotation: إن/أن (indirect speech, to the end of the sentence;
 * mixed when it holds quotation marks), a colon or an opening mark (direct speech, to the closing
 * mark or the end of the sentence). The window names the speaker ({@link Speakers}). Quotation
 * marks without a cue before them count only with one right after them ("»، قال الوزير"), so
 * that a quoted name or term is not taken for a quotation.
 */
public final class QuoteFinder implements Annotator {
    private static final int WINDOW = 14;

    @Override
    public String name() {
        return "quote";
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES, Layer.MENTIONS, Layer.LINKS);
    }

    @Override
    public Set<Layer> provides() {
        return EnumSet.of(Layer.QUOTES);
    }

    @Override
    public Document annotate(Document document) {
        String text = document.text();
        String folded = ArabicText.foldInPlace(text);
        NavigableMap<Integer, Marked> marks = new TreeMap<>();
        QuoteMarks.find(text).forEach(m -> marks.put(m.open(), m));
        List<Cue> cues = new ArrayList<>();
        for (Matcher m : List.of(Cues.VERB.matcher(folded), Cues.STATEMENT.matcher(folded))) {
            boolean statement = m.pattern() == Cues.STATEMENT;
            while (m.find()) {
                cues.add(new Cue(new Span(m.start("cue"), m.end("cue")), statement));
            }
        }
        cues.sort(Comparator.comparing(Cue::span));
        List<Quotation> quotes = new ArrayList<>();
        Speaker previous = null;
        for (int c = 0; c < cues.size(); c++) {
            Cue cue = cues.get(c);
            int limit = Math.min(sentenceEnd(document, cue.span().start()), c + 1 < cues.size() ? cues.get(c + 1).span().start() : text.length());
            Quotation last = quotes.isEmpty() ? null : quotes.get(quotes.size() - 1);
            boolean inside = last != null && last.content().end() > cue.span().start();
            if (inside && (last.kind() == Kind.DIRECT || !Clauses.startsClause(folded, cue.span().start()))) {
                continue; // a verb inside a quotation is part of what was said
            }
            Quotation quote = introduced(document, folded, marks, cue, limit, previous);
            if (quote != null) {
                if (inside) {
                    // "نفت الوزارة أن …، فيما اتهمت الحكومة …": the first quotation ends where the next clause begins.
                    quotes.set(quotes.size() - 1, Clauses.endBefore(last, folded, cue.span().start()));
                }
                quotes.add(quote);
                previous = quote.speaker() == null ? previous : new Speaker(quote.speaker(), quote.mention(), quote.speakerId());
            }
        }
        for (Marked marked : marks.values()) {
            if (quotes.stream().noneMatch(q -> q.content().overlaps(marked.inside()))) {
                Quotation quote = followedByCue(document, folded, marked);
                if (quote != null) {
                    quotes.add(quote);
                }
            }
        }
        quotes.sort(Comparator.comparing(Quotation::content));
        return document.withQuotes(quotes);
    }

    private record Cue(Span span, boolean statement) {
    }

    /** The quotation a cue introduces within its sentence, or null where none follows it. */
    private static Quotation introduced(Document doc, String folded, NavigableMap<Integer, Marked> marks, Cue cue, int limit, Speaker previous) {
        int words = 0;
        for (int i = cue.span().end(); i < limit && words <= WINDOW; i++) {
            char c = folded.charAt(i);
            if (c == ' ') {
                words++;
            }
            Marked opened = marks.get(i);
            if (c == ':' || opened != null) {
                Marked direct = opened != null ? opened : marks.get(skipSpace(folded, i + 1));
                Span content = direct != null ? direct.inside() : trimmed(doc, folded, skipSpace(folded, i + 1), sentenceEnd(doc, i));
                return content == null ? null : quotation(doc, folded, cue, new Span(cue.span().end(), i), content, Kind.DIRECT, previous);
            }
            if (Character.isLetter(c) && (i == 0 || !Character.isLetter(folded.charAt(i - 1)))) {
                Matcher comp = Cues.COMPLEMENTISER.matcher(folded).region(i, limit);
                comp.useTransparentBounds(true);
                if (comp.lookingAt()) {
                    Span content = trimmed(doc, folded, skipSpace(folded, comp.end()), sentenceEnd(doc, comp.end()));
                    if (content == null) {
                        return null;
                    }
                    Kind kind = Kind.INDIRECT;
                    for (Marked m : marks.subMap(content.start(), true, content.end(), false).values()) {
                        kind = Kind.MIXED;
                        content = new Span(content.start(), Math.max(content.end(), m.close() + 1));
                    }
                    return quotation(doc, folded, cue, new Span(cue.span().end(), i), content, kind, previous);
                }
            }
        }
        return null;
    }

    private static Quotation quotation(Document doc, String folded, Cue cue, Span window, Span content, Kind kind, Speaker previous) {
        Speaker speaker = Speakers.find(doc, folded, window, previous, cue.statement());
        return speaker == null ? new Quotation(content, cue.span(), kind, null, null, null)
                : new Quotation(content, cue.span(), kind, speaker.span(), speaker.mention(), speaker.id());
    }

    /** A marked passage with a cue right after its closing mark, the speaker named after the cue. */
    private static Quotation followedByCue(Document doc, String folded, Marked marked) {
        Matcher after = Cues.AFTER.matcher(folded).region(marked.close() + 1, folded.length());
        if (!after.lookingAt()) {
            return null;
        }
        Span cue = new Span(after.start("cue"), after.end("cue"));
        int end = sentenceEnd(doc, cue.end());
        Speaker speaker = Speakers.find(doc, folded, new Span(cue.end(), Math.max(cue.end(), end)), null, true);
        return speaker == null ? new Quotation(marked.inside(), cue, Kind.DIRECT, null, null, null)
                : new Quotation(marked.inside(), cue, Kind.DIRECT, speaker.span(), speaker.mention(), speaker.id());
    }

    /** The end of the sentence holding an offset (the text's end when no sentence does), by binary search. */
    private static int sentenceEnd(Document doc, int offset) {
        List<Sentence> sentences = doc.sentences();
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid).span();
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s.end();
            }
        }
        return doc.text().length();
    }

    /** A span less its final punctuation and spaces, or null when nothing is left. */
    private static Span trimmed(Document doc, String folded, int start, int end) {
        while (end > start && (Character.isWhitespace(folded.charAt(end - 1)) || ".!?؟".indexOf(folded.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end > start ? new Span(start, end) : null;
    }

    private static int skipSpace(String folded, int at) {
        while (at < folded.length() && Character.isWhitespace(folded.charAt(at))) {
            at++;
        }
        return at;
    }
}
