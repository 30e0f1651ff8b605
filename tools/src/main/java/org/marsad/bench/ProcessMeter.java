package org.marsad.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs a command and measures its wall time and peak resident memory (Linux {@code VmHWM}). */
final class ProcessMeter {
    private static final long POLL_MILLIS = 50;

    private ProcessMeter() {
    }

    static Benchmark.Run run(String name, List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.to(new File(System.getProperty("java.io.tmpdir"), "marsad-bench-" + name + ".log")))
                .start();
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        long peak = 0;
        while (process.isAlive()) {
            peak = Math.max(peak, highWaterMarkKb(status));
            Thread.sleep(POLL_MILLIS);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (process.exitValue() != 0) {
            throw new IOException(name + " exited with " + process.exitValue() + " (see its log in java.io.tmpdir)");
        }
        return new Benchmark.Run(name, seconds, peak);
    }

    /** The process's peak resident set so far, in kB; 0 once it has gone or off Linux. */
    private static long highWaterMarkKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process ended between the liveness check and the read.
        }
        return 0;
    }
}
