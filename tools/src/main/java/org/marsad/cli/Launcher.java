package org.marsad.cli;

/** What the {@code ./marsad} launcher script runs the JVM with, kept here so the benchmark runs Marsad the same way. */
final class Launcher {
    /**
     * The launcher's default JVM options (MARSAD_JAVA_OPTS overrides them). The parallel
     * collector keeps up with the annotators' allocation better than G1 on small machines, and
     * raising the thresholds of the optimising compiler (C2) keeps it to the hottest code: on
     * two cores its compile threads otherwise take a third of the CPU of a short run.
     */
    static final String JAVA_OPTIONS = "-Xmx4g -XX:+UseParallelGC -XX:Tier4InvocationThreshold=50000 "
            + "-XX:Tier4MinInvocationThreshold=20000 -XX:Tier4CompileThreshold=60000 -XX:Tier4BackEdgeThreshold=400000";

    private Launcher() {
    }
}
