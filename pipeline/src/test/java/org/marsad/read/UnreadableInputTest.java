package org.marsad.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Needs;

/**
 * An unreadable subdirectory is reported by its own path and the readable files beside it are
 * read. Root reads everything, and tests run as root: then the listing runs in a JVM of its own
 * as the user nobody (setpriv), with the few jars it needs copied where nobody can read them.
 */
class UnreadableInputTest {

    @Test
    void anUnreadableSubdirectoryIsReportedAndTheFilesBesideItAreListed(@TempDir Path dir) throws Exception {
        Path crawl = dir.resolve("crawl");
        Files.createDirectories(crawl.resolve("b-locked"));
        Files.writeString(crawl.resolve("a.txt"), "وصل الوفد إلى بغداد.");
        Files.writeString(crawl.resolve("b-locked/hidden.txt"), "قال الكاظمي.");
        Files.writeString(crawl.resolve("c.txt"), "قال بايدن.");
        Files.setPosixFilePermissions(crawl.resolve("b-locked"), PosixFilePermissions.fromString("---------"));
        try {
            List<String> listing = Files.isReadable(crawl.resolve("b-locked")) ? listAsNobody(dir, crawl) : listHere(crawl);
            assertThat(listing).containsExactly(
                    "error " + crawl.resolve("b-locked") + ": cannot read: permission denied",
                    "file a", "file c");
        } finally {
            Files.setPosixFilePermissions(crawl.resolve("b-locked"), PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static List<String> listHere(Path crawl) {
        List<String> listing = new ArrayList<>();
        List<InputFile> files = new InputReader(error -> listing.add("error " + error), java.io.InputStream.nullInputStream())
                .files(List.of(crawl.toString()));
        files.forEach(file -> listing.add("file " + file.id()));
        return listing;
    }

    private static List<String> listAsNobody(Path dir, Path crawl) throws IOException, InterruptedException, URISyntaxException {
        Path setpriv = Path.of("/usr/bin/setpriv");
        Needs.tool(Files.isExecutable(setpriv), "running as root, who reads everything, and without " + setpriv + " to drop to nobody");
        // The listing needs the reader's classes and Jackson's; the local Maven repository is root's only.
        Path lib = Files.createDirectories(dir.resolve("lib"));
        List<String> classpath = new ArrayList<>();
        for (Class<?> c : List.of(InputReader.class, ListInputs.class, ObjectMapper.class, JsonFactory.class, JsonProperty.class)) {
            Path from = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(from)) {
                classpath.add(from.toString());   // target/classes, target/test-classes: readable by all
            } else {
                classpath.add(Files.copy(from, lib.resolve(from.getFileName())).toString());
            }
        }
        for (Path p : List.of(dir, lib, crawl)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Process list = new ProcessBuilder(setpriv.toString(), "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, classpath), ListInputs.class.getName(), crawl.toString())
                .redirectErrorStream(true).start();
        String out = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(list.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(list.exitValue()).as(out).isZero();
        return out.lines().toList();
    }
}
