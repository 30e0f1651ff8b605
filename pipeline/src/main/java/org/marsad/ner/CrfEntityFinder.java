package org.marsad.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.marsad.arabic.Proclitics;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Mention;
import org.marsad.document.Segment;
import org.marsad.document.Span;
import org.marsad.document.Token;
import org.marsad.format.Iob;
import org.marsad.ner.crf.CrfNer;
import org.marsad.ner.crf.TokenMorphology;
import org.marsad.pipeline.Annotation;

/**
 * Adds the names the statistical model finds and the knowledge base and rules did not: the long
 * tail of people, organisations, places and other names. The model tags surface tokens; a mention
 * starts after the proclitics the segmenter split off its first token ("وبايدن" → "بايدن"), and a
 * name that overlaps a mention found before is left to that one, which is linked and whose
 * extent the rules chose.
 */
public final class CrfEntityFinder implements MentionFinder {
    private static final Map<String, EntityType> TYPES = Map.of("PERS", EntityType.PERSON, "ORG", EntityType.ORGANIZATION,
            "LOC", EntityType.LOCATION, "MISC", EntityType.MISC);

    private final CrfNer model;

    public CrfEntityFinder(CrfNer model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "ner-crf";
    }

    @Override
    public void annotate(Document document) {
        List<Mention> mentions = new ArrayList<>(document.mentions());
        List<List<Token>> sentences = document.sentences().stream().map(sentence -> document.tokensIn(sentence.span())).toList();
        List<List<String>> tags = model.tag(
                sentences.stream().map(tokens -> tokens.stream().map(t -> document.text(t.span())).toList()).toList(),
                sentences.stream().map(tokens -> tokens.stream().map(TokenMorphology::of).toList()).toList());
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            for (Iob.Entity entity : Iob.entities(tags.get(s))) {
                Span span = new Span(nameStart(document, tokens.get(entity.start())), tokens.get(entity.end() - 1).span().end());
                if (MentionScan.overlapping(span, mentions) == null) {
                    mentions.add(new Mention(span, TYPES.get(entity.type())));
                }
            }
        }
        mentions.sort(Comparator.comparing(Mention::span));
        document.setMentions(mentions, Annotation.MENTIONS);
    }

    /** Where a name begins in its first token: after the proclitic segments. */
    private static int nameStart(Document document, Token first) {
        List<Segment> segments = first.segments();
        int i = 0;
        // Proclitic segments are one letter each (ل + ال is ل, then a segment whose form has the article).
        while (i < segments.size() - 1 && segments.get(i).span().length() == 1
                && Proclitics.isLetter(document.text().charAt(segments.get(i).span().start()))) {
            i++;
        }
        return segments.isEmpty() ? first.span().start() : segments.get(i).span().start();
    }
}
