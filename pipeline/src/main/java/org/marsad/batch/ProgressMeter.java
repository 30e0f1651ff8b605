package org.marsad.batch;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr, measured in input bytes (so that it moves through one big JSONL or
 * WARC file as well as through many pages, and has an ETA whenever the inputs' sizes are known),
 * with documents and words/s beside it. A no-op when disabled.
 */
final class ProgressMeter implements AutoCloseable {
    private final ProgressBar bar;
    private final RunStats stats;

    private ProgressMeter(ProgressBar bar, RunStats stats) {
        this.bar = bar;
        this.stats = stats;
    }

    /**
     * @param totalBytes the inputs' size, or -1 when unknown (standard input)
     * @param out where the bar is drawn (stderr)
     */
    static ProgressMeter start(boolean enabled, long totalBytes, RunStats stats, PrintStream out) {
        if (!enabled) {
            return new ProgressMeter(null, stats);
        }
        Unit unit = Unit.of(totalBytes);
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("marsad")
                .setInitialMax(totalBytes)
                .setUnit(unit.name(), unit.bytes())
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500)
                .setMaxRenderedLength(120)
                .setConsumer(new ConsoleProgressBarConsumer(out))
                .showSpeed()
                .setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS)
                .build();
        return new ProgressMeter(bar, stats);
    }

    /** What the bar counts input in: MB, but KB or bytes for inputs too small to show in MB (0/0 MB). */
    private record Unit(String name, long bytes) {
        static Unit of(long totalBytes) {
            if (totalBytes >= 0 && totalBytes < 1 << 10) {
                return new Unit(" B", 1);
            }
            return totalBytes >= 0 && totalBytes < 1 << 20 ? new Unit(" KB", 1 << 10) : new Unit(" MB", 1 << 20);
        }
    }

    /** Input read (from the reading thread) or, with 0 bytes, a unit written (from the writing thread). */
    synchronized void consumed(long bytes) {
        if (bar != null) {
            bar.stepBy(bytes);
            bar.setExtraMessage(" " + RunStats.count(stats.documents.get(), "doc") + ", " + stats.wordsPerSecond() + " words/s");
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            if (bar.getMax() > 0) {
                bar.stepTo(bar.getMax());
            }
            bar.close();
        }
    }
}
