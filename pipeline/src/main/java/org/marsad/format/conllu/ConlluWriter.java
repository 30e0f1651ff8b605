package org.marsad.format.conllu;

import java.io.OutputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.marsad.document.Dependency;
import org.marsad.document.Document;
import org.marsad.document.Layer;
import org.marsad.document.Morphology;
import org.marsad.document.Segment;
import org.marsad.document.Span;
import org.marsad.document.Token;
import org.marsad.format.LineWriter;
import org.marsad.format.SentenceTokens;
import org.marsad.ner.model.Iob;
import org.marsad.pos.Upos;

/**
 * Writes CoNLL-U (Universal Dependencies): a surface token of several clitic segments is a
 * multiword token whose syntactic words are its segments. XPOS is the ATB tag; UPOS and FEATS
 * are the morphological tagger's when the document has them, else UPOS is the ATB tag's
 * {@link Upos} mapping and FEATS empty; HEAD and DEPREL the parse when the document has one; MISC holds
 * spacing, NER (IOB2 over syntactic words), actor ids, and time expressions and quotations
 * ({@link LayerMisc}). FORM and {@code # text} are in Unicode NFC, as UD requires (news often
 * types shadda after the short vowel); the text between tokens is kept in MISC exactly, so
 * {@link ConlluReader} rebuilds the text, in NFC.
 */
public final class ConlluWriter extends LineWriter {

    public ConlluWriter(OutputStream out) {
        super(out);
    }

    @Override
    protected void render(Document doc, StringBuilder out) {
        List<Token> tokens = doc.tokens();
        if (tokens.isEmpty()) {
            return; // CoNLL-U has no empty sentences, so a document without tokens has no lines.
        }
        List<Iob.Tag> tags = Iob.tag(words(tokens), doc.mentions());
        List<Dependency> parse = doc.has(Layer.DEPENDENCIES) ? doc.dependencies() : null;
        List<Morphology> morphology = doc.has(Layer.MORPHOLOGY) ? doc.morphology() : null;
        LayerMisc layers = new LayerMisc(doc);
        // UD reserves the slash in sent_id for parallel treebanks, and the id cannot contain spaces.
        String sentIdPrefix = doc.id().replaceAll("[\\s/]", "_");
        out.append("# newdoc id = ").append(doc.id()).append('\n');
        int word = 0;
        int n = 0;
        int block = 0;
        for (SentenceTokens sentence : SentenceTokens.of(doc)) {
            // A block (paragraph, heading, lead, caption…) opens with the sentence that starts in it.
            int start = tokens.get(sentence.from()).span().start();
            while (block < doc.blocks().size() && doc.blocks().get(block).span().end() <= start) {
                block++;
            }
            if (block < doc.blocks().size() && doc.blocks().get(block).span().start() <= start
                    && (sentence.from() == 0 || tokens.get(sentence.from() - 1).span().end() <= doc.blocks().get(block).span().start())) {
                out.append("# newpar\n# block = ").append(doc.blocks().get(block).role().label()).append('\n');
            }
            out.append("# sent_id = ").append(sentIdPrefix).append('-').append(++n).append('\n');
            out.append("# text = ").append(sentenceText(doc, sentence)).append('\n');
            int id = 1;
            for (int t = sentence.from(); t < sentence.to(); t++) {
                Token token = tokens.get(t);
                Misc spacing = new Misc();
                if (t == 0 && token.span().start() > 0) {
                    spacing.put("SpacesBefore", Misc.escape(doc.text().substring(0, token.span().start())));
                }
                if (t + 1 < tokens.size()) {
                    spacing.spaceAfter(spacingAfter(doc, t));
                } else {
                    spacing.spaceAtEnd(spacingAfter(doc, t));
                }
                String surface = nfc(doc.text(token.span()));
                if (token.segments().size() <= 1) {
                    String pos = token.segments().isEmpty() ? null : token.segments().get(0).pos();
                    Misc misc = layers.addTo(ner(new Misc(), tags.get(word)), token.span()).putAll(spacing);
                    row(out, String.valueOf(id++), surface, pos, analysis(morphology, word, pos, surface), arc(parse, word++), misc);
                    continue;
                }
                row(out, id + "-" + (id + token.segments().size() - 1), surface, null, null, null, spacing);
                for (Segment segment : token.segments()) {
                    Misc misc = layers.addTo(ner(new Misc(), tags.get(word)), segment.span());
                    if (!segment.form().equals(doc.text(segment.span()))) {
                        misc.put("Surface", nfc(doc.text(segment.span())));
                    }
                    String form = nfc(segment.form());
                    row(out, String.valueOf(id++), form, segment.pos(), analysis(morphology, word, segment.pos(), form),
                            arc(parse, word++), misc);
                }
            }
            out.append('\n');
        }
    }

    /** The syntactic words of the tokens: their segments, or the token itself when unsegmented. */
    static List<Span> words(List<Token> tokens) {
        List<Span> words = new ArrayList<>();
        for (Token token : tokens) {
            if (token.segments().size() <= 1) {
                words.add(token.span());
            } else {
                token.segments().forEach(segment -> words.add(segment.span()));
            }
        }
        return words;
    }

    /**
     * The sentence's tokens joined by one space, or none where SpaceAfter=No, as UD requires of
     * {@code # text}. A line break never falls inside a sentence, but if one did it would stay
     * in SpacesAfter and not break the comment line.
     */
    private static String sentenceText(Document doc, SentenceTokens sentence) {
        StringBuilder text = new StringBuilder();
        for (int t = sentence.from(); t < sentence.to(); t++) {
            text.append(nfc(doc.text(doc.tokens().get(t).span())));
            if (t + 1 < sentence.to() && !spacingAfter(doc, t).isEmpty()) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    /** The text between token {@code t} and the next one, or the end of the text. */
    private static String spacingAfter(Document doc, int t) {
        int end = t + 1 < doc.tokens().size() ? doc.tokens().get(t + 1).span().start() : doc.text().length();
        return doc.text().substring(doc.tokens().get(t).span().end(), end);
    }

    private static Misc ner(Misc misc, Iob.Tag tag) {
        if (tag.mention() != null) {
            misc.put("NER", tag.label(false));
            if (tag.mention().entity() != null) {
                // Not Entity=, which CorefUD reserves for coreference.
                misc.put("Actor", tag.mention().entity().id());
            }
        }
        return misc;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The parse of word {@code word} of the document, or null when there is none. */
    private static Dependency arc(List<Dependency> parse, int word) {
        return parse == null ? null : parse.get(word);
    }

    /** The tagger's analysis of word {@code word}, else the UPOS of its ATB tag without features. */
    private static Morphology analysis(List<Morphology> morphology, int word, String xpos, String form) {
        return morphology != null ? morphology.get(word) : new Morphology(Upos.of(xpos, form), "_");
    }

    /** One line; a multiword token's ({@code analysis} null) has only its id, form and MISC. */
    private static void row(StringBuilder out, String id, String form, String xpos, Morphology analysis, Dependency arc,
                            Misc misc) {
        out.append(id).append('\t').append(form).append("\t_\t")
                .append(analysis == null ? "_" : analysis.upos()).append('\t')
                .append(analysis == null || xpos == null ? "_" : xpos)
                .append('\t').append(analysis == null ? "_" : analysis.feats())
                .append('\t').append(arc == null ? "_\t_" : arc.head() + "\t" + arc.relation())
                .append("\t_\t").append(misc).append('\n');
    }
}
