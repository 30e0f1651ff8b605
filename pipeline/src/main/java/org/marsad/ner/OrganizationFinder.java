package org.marsad.ner;

import java.util.List;
import java.util.regex.Pattern;
import org.marsad.arabic.WordList;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Layer;
import org.marsad.document.Mention;
import org.marsad.document.Span;
import org.marsad.document.Token;
import org.marsad.role.Titles;

/**
 * Finds organisations the knowledge base does not list by the way Arabic names them: a head
 * noun (وزارة, منظمة, مجلس, حكومة, جامعة …) and the construct that specifies it, ending in a
 * definite word or a name — "وزارة الموارد المائية", "مجلس محافظة البصرة", "حكومة الوحدة
 * الوطنية". A head alone ("الحكومة") is a common noun, not a name.
 */
public final class OrganizationFinder implements MentionFinder {
    private static final WordList HEADS = new WordList(List.of("وزارة", "منظمة", "مجلس", "شبكة", "هيئة", "جامعة", "حكومة",
            "إدارة", "حزب", "حركة", "جبهة", "لجنة", "مفوضية", "وكالة", "شركة", "مؤسسة", "جمعية", "اتحاد", "نقابة",
            "محكمة", "مركز", "مكتب", "بنك", "صندوق", "تحالف", "ائتلاف", "تيار", "كتلة", "قيادة", "رئاسة", "برلمان",
            // Media outlets and municipalities: جريدة فلسطين, إذاعة صوت فلسطين, بلدية نابلس.
            "جريدة", "صحيفة", "مجلة", "إذاعة", "قناة", "تلفزيون", "بلدية"));
    /**
     * Heads that also name a place or a room: with one common noun after them they are that
     * place ("مركز الاقتراع", the polling station; "مكتب الرئيس"), not an organisation.
     */
    private static final WordList PLACE_HEADS = new WordList(List.of("مركز", "مكتب"));
    private static final int MAX_TOKENS = 6;
    private static final Pattern MODIFIER = Pattern.compile("(DT)?(NNP?S?|JJ.*)");
    private static final Pattern DEFINITE = Pattern.compile("DT.*|NNPS?");

    @Override
    public String name() {
        return "ner-organizations";
    }

    @Override
    public Document annotate(Document document) {
        MentionScan.Mentions mentions = new MentionScan.Mentions(document.mentions());
        MentionScan.scan(document, mentions, EntityType.ORGANIZATION, this::nameAt);
        return document.withMentions(mentions.sorted(), Layer.MENTIONS);
    }

    private Span nameAt(Document document, List<Token> tokens, int i, MentionScan.Mentions mentions) {
        Token head = tokens.get(i);
        if (mentions.overlapping(head.span()) != null) {
            return null;
        }
        int headAt = HEADS.find(document.text(head.span()));
        if (headAt < 0) {
            return null;
        }
        int start = head.span().start() + headAt;
        int end = -1;
        boolean named = false;
        int words = 0;
        for (int j = i + 1; j < tokens.size() && j - i < MAX_TOKENS; j++) {
            Token token = tokens.get(j);
            Mention inside = mentions.overlapping(token.span());
            if (inside != null && inside.type() == EntityType.PERSON) {
                break;
            }
            String tag = Titles.wordTag(token);
            boolean pronounSuffix = token.segments().size() > 1 && tag != null
                    && token.segments().get(token.segments().size() - 1).pos() != null
                    && token.segments().get(token.segments().size() - 1).pos().startsWith("PRP");
            if (inside == null && (pronounSuffix || governedByPreposition(document, token) || !MODIFIER.matcher(tag).matches())) {
                break;
            }
            words++;
            named |= inside != null || tag != null && tag.startsWith("NNP");
            if (inside != null) {
                // A name ends at the place or body it is named after: "جامعة صلاح الدين", "مجلس محافظة البصرة".
                end = Math.max(token.span().end(), inside.span().end());
                break;
            }
            if (DEFINITE.matcher(tag).matches()) {
                end = token.span().end();
            }
        }
        if (end >= 0 && !named && words == 1 && PLACE_HEADS.find(document.text(head.span())) >= 0) {
            return null;
        }
        return end < 0 ? null : new Span(start, end);
    }

    /**
     * A word after ب or ك is a prepositional phrase, not part of a name ("الحكومة بالتقصير");
     * ل is kept, as names use it ("منظمة … لحقوق الإنسان").
     */
    private static boolean governedByPreposition(Document document, Token token) {
        if (token.segments().size() < 2) {
            return false;
        }
        String first = document.text(token.segments().get(0).span());
        return "IN".equals(token.segments().get(0).pos()) && (first.equals("ب") || first.equals("ك"));
    }
}
