package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.Samples;
import org.marsad.document.Document;

/**
 * The entity stages (finders, roles, links) take time in proportion to a document's length: each
 * used to scan every mention or sentence for each token or mention, so that 2 M characters took
 * minutes. Four times the text must take well under eight times as long (quadratic would be 16).
 * Timed in this thread's CPU time, which other processes on a loaded machine do not stretch as
 * they stretch wall time (the stages run in the calling thread).
 */
class LongDocumentTest {
    private static final Set<String> ENTITY_STAGES = Set.of("ner-gazetteer", "ner-persons", "ner-organizations",
            "role", "link", "time", "quote");

    @Test
    void fourTimesTheTextTakesAboutFourTimesAsLong() {
        String article = Samples.read(Samples.IRAQ_PAGE);
        String quarter = article.repeat(250_000 / article.length() + 1);
        long longer = entityStagesNanos(article.repeat(1_000_000 / article.length() + 1));
        long shorter = entityStagesNanos(quarter);   // second, so that both are timed after the warm-up
        assertThat((double) longer / shorter).as("%d ms, then %d ms", shorter / 1_000_000, longer / 1_000_000)
                .isLessThan(8);
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The best of three runs of the entity stages (CPU time), after the stages before them ran once. */
    private static long entityStagesNanos(String text) {
        List<Annotator> stages = Samples.pipeline().stages();
        Document analysed = Document.builder(text).id("long").lang("ar").build();
        for (Annotator stage : stages.stream().filter(stage -> !ENTITY_STAGES.contains(stage.name())).toList()) {
            analysed = stage.annotate(analysed);
        }
        long best = Long.MAX_VALUE;
        Document found = analysed;
        for (int round = 0; round < 3; round++) {
            long start = THREADS.getCurrentThreadCpuTime();
            // Each run starts afresh from the analysed document.
            found = analysed;
            for (Annotator stage : stages.stream().filter(stage -> ENTITY_STAGES.contains(stage.name())).toList()) {
                found = stage.annotate(found);
            }
            best = Math.min(best, THREADS.getCurrentThreadCpuTime() - start);
        }
        assertThat(found.mentions()).hasSizeGreaterThan(text.length() / 1000);
        return best;
    }
}
