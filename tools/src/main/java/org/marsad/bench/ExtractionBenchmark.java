package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.marsad.eval.PageExtractors;

/**
 * Pages/s of Marsad's extract stage and of Readability4J on one thread, over the same decoded
 * pages, in alternating timed rounds after untimed warm-up rounds, so that both meet the same JIT
 * and the same machine load. Speeds are per second of the thread's own CPU time, which other
 * processes on a shared machine do not lengthen (wall-clock time is given beside it).
 */
public final class ExtractionBenchmark {
    private final List<String> pages;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One pass of one extractor: pages per CPU second of its thread, and per wall-clock second. */
    public record Speed(double cpu, double wall) {
    }

    /** One timed round: each extractor's speed. */
    public record Round(Speed marsad, Speed readability) {
    }

    public ExtractionBenchmark(List<String> pages) {
        this.pages = List.copyOf(pages);
    }

    public List<Round> run(int warmUp, int rounds, int repeats) {
        for (int i = 0; i < warmUp; i++) {
            pass(PageExtractors.MARSAD, repeats);
            pass(PageExtractors.READABILITY4J, repeats);
        }
        List<Round> results = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            results.add(new Round(pass(PageExtractors.MARSAD, repeats), pass(PageExtractors.READABILITY4J, repeats)));
        }
        return results;
    }

    /** The speed of one pass over the pages, {@code repeats} times. */
    private Speed pass(PageExtractors extractor, int repeats) {
        long words = 0;
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int r = 0; r < repeats; r++) {
            for (String page : pages) {
                // The result is used, so that no JIT can drop the work.
                words += extractor.extract(page).text().length();
            }
        }
        long elapsed = System.nanoTime() - start;
        long cpuElapsed = THREADS.getCurrentThreadCpuTime() - cpu;
        if (words < 0) {
            throw new IllegalStateException();
        }
        double done = (double) pages.size() * repeats;
        return new Speed(done / (cpuElapsed / 1e9), done / (elapsed / 1e9));
    }
}
