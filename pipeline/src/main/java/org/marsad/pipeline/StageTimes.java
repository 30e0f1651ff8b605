package org.marsad.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each stage of a pipeline, summed over the threads that run it: what
 * {@code --profile} prints at the end of a run. Safe to update from several threads at once.
 */
public final class StageTimes {
    private final List<String> order;
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> documents = new ConcurrentHashMap<>();

    StageTimes(List<String> stages) {
        this.order = List.copyOf(stages);
        for (String stage : order) {
            nanos.put(stage, new LongAdder());
            documents.put(stage, new LongAdder());
        }
    }

    void add(String stage, long elapsedNanos) {
        nanos.get(stage).add(elapsedNanos);
        documents.get(stage).increment();
    }

    /** Seconds spent in a stage so far. */
    public double seconds(String stage) {
        return nanos.get(stage).sum() / 1e9;
    }

    /** Documents a stage has annotated so far. */
    public long documents(String stage) {
        return documents.get(stage).sum();
    }

    /** One line per stage, in pipeline order: seconds, share of the total, documents, milliseconds per document. */
    public String table() {
        double total = order.stream().mapToDouble(this::seconds).sum();
        int width = Math.max("stage".length(), order.stream().mapToInt(String::length).max().orElse(0));
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-" + width + "s %10s %7s %10s %10s", "stage", "seconds", "share", "documents", "ms/doc"));
        for (String stage : order) {
            long n = documents(stage);
            lines.add(String.format(Locale.ROOT, "%-" + width + "s %10.2f %6.1f%% %,10d %10.3f", stage, seconds(stage),
                    total == 0 ? 0 : 100 * seconds(stage) / total, n, n == 0 ? 0 : 1000 * seconds(stage) / n));
        }
        lines.add(String.format(Locale.ROOT, "%-" + width + "s %10.2f %6.1f%%", "total", total, total == 0 ? 0 : 100.0));
        return String.join("\n", lines);
    }
}
