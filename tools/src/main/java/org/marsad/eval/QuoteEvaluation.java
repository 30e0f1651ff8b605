package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.document.Quotation;
import org.marsad.document.Span;
import org.marsad.eval.GoldParagraphs.Paragraph;
import org.marsad.pipeline.Pipeline;

/**
 * Scores quotations against the gold set: a quotation is found when its content overlaps a gold
 * quotation's by at least 80 % of each (one to one); the speaker of a found quotation is right
 * when it overlaps a place the text names the gold speaker (its marked occurrences) or has its id,
 * or when both have none; direct precision is the share of the quotations found as direct that
 * are gold quotations.
 */
public final class QuoteEvaluation {

    /** Quotation span P/R/F1, speaker attribution on the found ones, and the precision of direct ones. */
    public record Result(Prf spans, long speakersRight, long found, Prf direct) {
        public double speakerAccuracy() {
            return found == 0 ? 0.0 : 100.0 * speakersRight / found;
        }
    }

    private QuoteEvaluation() {
    }

    public static Result score(Path gold, Pipeline pipeline) throws IOException {
        Prf spans = Prf.ZERO;
        Prf direct = Prf.ZERO;
        long right = 0;
        long found = 0;
        for (Paragraph p : GoldParagraphs.annotate(gold, pipeline)) {
            List<Quotation> unmatched = new ArrayList<>(p.doc().quotes());
            for (JsonNode g : p.gold().get("quotes")) {
                Span content = p.span(g);
                Quotation hit = unmatched.stream().filter(q -> GoldParagraphs.matches(q.content(), content)).findFirst().orElse(null);
                if (hit == null) {
                    spans = spans.plus(new Prf(0, 0, 1));
                    continue;
                }
                unmatched.remove(hit);
                spans = spans.plus(new Prf(1, 0, 0));
                direct = direct.plus(new Prf(hit.kind() == Quotation.Kind.DIRECT ? 1 : 0, 0, 0));
                found++;
                right += speakerRight(p, g, hit) ? 1 : 0;
            }
            spans = spans.plus(new Prf(0, unmatched.size(), 0));
            direct = direct.plus(new Prf(0, unmatched.stream().filter(q -> q.kind() == Quotation.Kind.DIRECT).count(), 0));
        }
        return new Result(spans, right, found, direct);
    }

    private static boolean speakerRight(Paragraph p, JsonNode gold, Quotation found) {
        String id = gold.get("speaker").isNull() ? null : gold.get("speaker").asText();
        if (id == null || found.speaker() == null) {
            return id == null && found.speaker() == null;
        }
        if (id.equals(found.speakerId())) {
            return true;
        }
        for (JsonNode named : p.gold().get("speakers")) {
            if (named.get("id").asText().equals(id) && p.span(named).overlaps(found.speaker())) {
                return true;
            }
        }
        return false;
    }
}
