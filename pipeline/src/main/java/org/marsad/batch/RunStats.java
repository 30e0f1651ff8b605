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

    String summary() {
        Duration t = elapsed();
        return String.format("marsad: %d documents, %d words, %d errors, %d non-HTML WARC records skipped, "
                        + "%d:%02d:%02d.%01d wall time, %d words/s", documents.get(), words.get(), errors.get(),
                skippedRecords.get(), t.toHours(), t.toMinutesPart(), t.toSecondsPart(), t.toMillisPart() / 100,
                wordsPerSecond());
    }
}
