package org.marsad.batch;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Counts of a run, updated from several threads, and the summary line printed at its end. */
final class RunStats {
    final AtomicLong documents = new AtomicLong();
    final AtomicLong words = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final AtomicLong skippedRecords = new AtomicLong();
    private final long startNanos = System.nanoTime();

    void add(UnitResult result) {
        documents.addAndGet(result.documents().size());
        words.addAndGet(result.words());
        errors.addAndGet(result.errors().size());
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    long wordsPerSecond() {
        long millis = Math.max(1, elapsed().toMillis());
        return words.get() * 1000 / millis;
    }

    /** {@code marsad: 3 documents, 1 word, 0 errors, …}: skipped WARC records only when there are some. */
    String summary() {
        Duration t = elapsed();
        String skipped = skippedRecords.get() == 0 ? "" : ", " + count(skippedRecords.get(), "non-HTML WARC record") + " skipped";
        return String.format("marsad: %s, %s, %s%s, %d:%02d:%02d.%01d wall time, %d words/s", count(documents.get(), "document"),
                count(words.get(), "word"), count(errors.get(), "error"), skipped, t.toHours(), t.toMinutesPart(),
                t.toSecondsPart(), t.toMillisPart() / 100, wordsPerSecond());
    }

    /** {@code 1 word}, {@code 2 words}. */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
