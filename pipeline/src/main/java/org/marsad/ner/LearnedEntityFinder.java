package org.marsad.ner;

import java.util.List;
import org.marsad.arabic.Proclitics;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Layer;
import org.marsad.document.Mention;
import org.marsad.document.Segment;
import org.marsad.document.Span;
import org.marsad.document.Token;
import org.marsad.ner.features.TokenMorphology;
import org.marsad.ner.model.Iob;
import org.marsad.ner.model.NeuralNer;

/**
 * Adds the names the learned model finds and the knowledge base and rules did not: the long tail
 * of people, organisations, places and other names. The model tags surface tokens; a mention
 * starts after the proclitics the segmenter split off its first token ("وبايدن" → "بايدن"), and a
 * name that overlaps a mention found before is left to that one, which is linked and whose
 * extent the rules chose. Two things the model's training data rarely shows are settled by rule:
 * a month name alone is never a name (آب, تموز, أوت are dates; the carmaker is "شركة نيسان", which the organisation rules find), and a name right after بلدة, قرية or
 * مخيم is a place, never a person.
 */
public final class LearnedEntityFinder implements MentionFinder {
    private final NeuralNer model;

    public LearnedEntityFinder(NeuralNer model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "ner-model";
    }

    @Override
    public Document annotate(Document document) {
        MentionScan.Mentions mentions = new MentionScan.Mentions(document.mentions());
        List<List<Token>> sentences = document.sentences().stream().map(sentence -> document.tokensIn(sentence.span())).toList();
        List<List<String>> words = sentences.stream().map(tokens -> tokens.stream().map(t -> document.text(t.span())).toList()).toList();
        List<List<String>> tags = model.tag(words, sentences.stream().map(tokens -> tokens.stream().map(TokenMorphology::of).toList()).toList());
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            for (Iob.Entity entity : Iob.entities(tags.get(s))) {
                if (Months.isMonth(words.get(s).subList(entity.start(), entity.end()))) {
                    continue;
                }
                Span span = new Span(nameStart(document, tokens.get(entity.start())), tokens.get(entity.end() - 1).span().end());
                if (mentions.overlapping(span) == null) {
                    mentions.add(new Mention(span, type(entity, words.get(s))));
                }
            }
        }
        return document.withMentions(mentions.sorted(), Layer.MENTIONS);
    }

    private static EntityType type(Iob.Entity entity, List<String> words) {
        EntityType type = Iob.type(entity.type());
        boolean afterSettlement = entity.start() > 0 && Settlements.isDesignator(words.get(entity.start() - 1));
        return type == EntityType.PERSON && afterSettlement ? EntityType.LOCATION : type;
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
