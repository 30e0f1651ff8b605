package org.marsad;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from outside the repository: the shared data sets, Chromium, setpriv. Without
 * it the test is skipped, saying why ({@link SkipReasons} prints it). Where every test must run, it
 * fails instead: with {@code CI=true} in the environment or {@code -Dmarsad.requireAll}, a tool
 * that {@code .ci/run} installs must be there, and so must every data set once {@code ../shared/data} is.
 */
public final class Needs {
    private Needs() {
    }

    /** A file or directory of the shared data sets ({@link Samples#SHARED_DATA}). */
    public static void sharedData(Path path) {
        if (!Files.exists(path)) {
            boolean dataPresent = Files.isDirectory(Samples.SHARED_DATA);
            unmet(dataPresent ? "the shared data at " + Samples.SHARED_DATA + " lacks " + path
                    : "needs the shared data sets at " + Samples.SHARED_DATA + ", absent here", dataPresent, everyTestMustRun());
        }
    }

    /**
     * The pages of a directory of the web extraction set ({@code corpus/web/dev}, {@code corpus/web/test}):
     * fetched from public test suites and kept out of commits (corpus/web/PROVENANCE.md), beside their
     * committed gold files, so a checkout without them skips, even where every test must run.
     */
    public static void webPages(Path dir) {
        boolean present;
        try (Stream<Path> files = Files.list(dir)) {
            present = files.anyMatch(f -> f.getFileName().toString().endsWith(".html"));
        } catch (IOException e) {
            present = false;
        }
        if (!present) {
            unmet("needs the web extraction pages in " + dir + " (fetch them as corpus/web/PROVENANCE.md says), absent here", false, false);
        }
    }

    /** A program or a setting a test runs with. */
    public static void tool(boolean present, String absence) {
        if (!present) {
            unmet(absence, true, everyTestMustRun());
        }
    }

    /** Fails the test when the need must be met and every test must run here, else skips it. */
    static void unmet(String reason, boolean mustBeMet, boolean everyTestMustRun) {
        if (mustBeMet && everyTestMustRun) {
            fail(reason + " (every test must run here: CI=true or -Dmarsad.requireAll)");
        }
        Assumptions.abort(reason);
    }

    private static boolean everyTestMustRun() {
        String requireAll = System.getProperty("marsad.requireAll");
        return "true".equalsIgnoreCase(System.getenv("CI")) || requireAll != null && !requireAll.equalsIgnoreCase("false");
    }
}
