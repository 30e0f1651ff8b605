package org.marsad.parse.train;

/**
 * One syntactic word of a Universal Dependencies treebank: FORM, UPOS, XPOS, FEATS, HEAD (0 for
 * the root, else the 1-based position of the head in its sentence) and DEPREL.
 */
public record UdWord(String form, String upos, String xpos, String feats, int head, String relation) {

    public UdWord withRelation(String newRelation) {
        return new UdWord(form, upos, xpos, feats, head, newRelation);
    }

    public UdWord withHead(int newHead) {
        return new UdWord(form, upos, xpos, feats, newHead, relation);
    }

    public UdWord withUpos(String newUpos) {
        return new UdWord(form, newUpos, xpos, feats, head, relation);
    }

    public UdWord withFeats(String newFeats) {
        return new UdWord(form, upos, xpos, newFeats, head, relation);
    }
}
