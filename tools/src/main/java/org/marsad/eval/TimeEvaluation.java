package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.marsad.document.Span;
import org.marsad.document.TimeExpression;
import org.marsad.eval.GoldParagraphs.Paragraph;
import org.marsad.pipeline.Pipeline;

/**
 * Scores time expressions against the gold set: span P/R/F1 exact, and with the quotations' rule
 * (overlap of at least 80 % of each, one to one); value accuracy is the share of the expressions
 * found (by overlap) whose ISO 8601 value is the gold one.
 */
public final class TimeEvaluation {

    public record Result(Prf exact, Prf overlap, long valuesRight, long found) {
        public double valueAccuracy() {
            return found == 0 ? 0.0 : 100.0 * valuesRight / found;
        }
    }

    private TimeEvaluation() {
    }

    public static Result score(Path gold, Pipeline pipeline) throws IOException {
        Prf exact = Prf.ZERO;
        Prf overlap = Prf.ZERO;
        long right = 0;
        long found = 0;
        for (Paragraph p : GoldParagraphs.annotate(gold, pipeline)) {
            List<TimeExpression> unmatched = new ArrayList<>(p.doc().times());
            List<Span> predicted = p.doc().times().stream().map(TimeExpression::span).toList();
            long exactHits = 0;
            for (JsonNode g : p.gold().get("times")) {
                Span span = p.span(g);
                boolean exactHit = predicted.contains(span);
                exactHits += exactHit ? 1 : 0;
                exact = exact.plus(exactHit ? new Prf(1, 0, 0) : new Prf(0, 0, 1));
                TimeExpression hit = unmatched.stream().filter(t -> GoldParagraphs.matches(t.span(), span)).findFirst().orElse(null);
                if (hit == null) {
                    overlap = overlap.plus(new Prf(0, 0, 1));
                    continue;
                }
                unmatched.remove(hit);
                overlap = overlap.plus(new Prf(1, 0, 0));
                found++;
                right += Objects.equals(hit.value(), g.get("value").asText()) ? 1 : 0;
            }
            exact = exact.plus(new Prf(0, predicted.size() - exactHits, 0));
            overlap = overlap.plus(new Prf(0, unmatched.size(), 0));
        }
        return new Result(exact, overlap, right, found);
    }
}
