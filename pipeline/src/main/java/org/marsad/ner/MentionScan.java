package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Mention;
import org.marsad.document.Sentence;
import org.marsad.document.Span;
import org.marsad.document.Token;

/**
 * Runs a name rule over every sentence, token by token, for the rule-based finders: a name found
 * is added as a mention (taking in any mention inside it, such as the place in "مجلس محافظة
 * البصرة") and the scan goes on after it.
 */
final class MentionScan {

    /** The span of a name starting at token {@code i} of a sentence, or null. */
    interface Rule {
        Span nameAt(Document document, List<Token> tokens, int i, List<Mention> mentions);
    }

    private MentionScan() {
    }

    /** Adds the names {@code rule} finds to {@code mentions} as {@code type}; returns the added ones. */
    static List<Mention> scan(Document document, List<Mention> mentions, EntityType type, Rule rule) {
        List<Mention> added = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            List<Token> tokens = document.tokensIn(sentence.span());
            for (int i = 0; i < tokens.size(); i++) {
                Span name = rule.nameAt(document, tokens, i, mentions);
                if (name != null) {
                    mentions.removeIf(m -> name.contains(m.span()));
                    Mention mention = new Mention(name, type);
                    mentions.add(mention);
                    added.add(mention);
                    i = document.tokensIn(new Span(sentence.span().start(), name.end())).size() - 1;
                }
            }
        }
        return added;
    }

    /** The mention overlapping {@code span}, or null. */
    static Mention overlapping(Span span, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.span().overlaps(span)) {
                return m;
            }
        }
        return null;
    }
}
