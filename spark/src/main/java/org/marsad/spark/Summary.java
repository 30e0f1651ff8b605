package org.marsad.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * What a run did: the documents, words and error lines it wrote, the input units it finished, and
 * (with --incremental) the units an earlier run had finished, which it kept and skipped.
 */
public record Summary(long documents, long words, long errors, long units, long unitsBefore, double seconds) {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%,d documents, %,d words, %,d errors in %.1f s (%,.0f words/s)%s",
                documents, words, errors, seconds, words / seconds,
                unitsBefore > 0 ? String.format(Locale.ROOT, "; %,d input units kept from the earlier run", unitsBefore) : "");
    }

    /** {@code OUT/_SUMMARY.json}: the counts, for schedulers and scripts that read the outcome rather than the exit status. */
    String toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("documents", documents);
        node.put("words", words);
        node.put("errors", errors);
        node.put("units", units);
        node.put("units_before", unitsBefore);
        node.put("seconds", Math.round(seconds * 10) / 10.0);
        return node.toString();
    }
}
