package org.marsad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.Samples;

class InputReaderTest {
    private final List<InputError> errors = new ArrayList<>();

    private List<Page> read(String... inputs) {
        try (var pages = new InputReader(errors::add, new ByteArrayInputStream(new byte[0])).read(List.of(inputs))) {
            return pages.toList();
        }
    }

    @Test
    void theSampleDirectoryGivesEveryPageAndDocument() {
        List<Page> pages = read(Samples.DIR.toString());
        assertThat(errors).isEmpty();
        assertThat(pages).extracting(Page::id).containsExactly("baghdad-talks", "iraq-withdrawal-26sep", "wire-0001", "wire-0002", "wire:3");
        assertThat(pages).extracting(Page::format).containsExactly(Page.Format.HTML, Page.Format.TEXT,
                Page.Format.DOCUMENT, Page.Format.DOCUMENT, Page.Format.DOCUMENT);
        Page wire = pages.get(2);
        assertThat(wire.title()).isEqualTo("بايدن يستقبل الكاظمي في البيت الأبيض");
        assertThat(wire.source().url()).isEqualTo("https://example.org/wire/0001");
        assertThat(wire.source().publisher()).isEqualTo("وكالة مرصد");
    }

    @Test
    void badInputsAreReportedWithTheirPathAndTheRestIsRead(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-empty.txt"), "  \n");
        Files.write(dir.resolve("b-latin1.txt"), new byte[] {(byte) 0xC7, (byte) 0xE1, 0x20, (byte) 0xDA});
        Files.writeString(dir.resolve("c-docs.jsonl"), "{\"id\":\"ok\",\"text\":\"وصل الكاظمي إلى بغداد\"}\n{broken\n{\"title\":\"بلا نص\"}\n");
        Files.writeString(dir.resolve("d-notes.pdf"), "%PDF");
        Files.writeString(dir.resolve("e-page.txt"), "وصل الوفد إلى بغداد.");
        List<Page> pages = read(dir.toString(), dir.resolve("missing.txt").toString());
        // Bytes that are not UTF-8 are read as an Arabic single-byte charset: C7 E1 20 DA is "ال ع" in windows-1256.
        assertThat(pages).extracting(Page::id).containsExactly("b-latin1", "ok", "e-page");
        assertThat(pages.get(0).content()).isEqualTo("ال ع");
        // Missing inputs are found when the inputs are listed, before any is read.
        assertThat(errors).extracting(InputError::toString).containsExactly(
                dir.resolve("missing.txt") + ": no such file or directory",
                dir.resolve("a-empty.txt") + ": empty file",
                dir.resolve("c-docs.jsonl") + ":2: malformed JSON at column 2: found 'b' where a field name in double quotes was expected",
                dir.resolve("c-docs.jsonl") + ":3: no \"text\" or \"content\" field",
                dir.resolve("d-notes.pdf") + ": " + InputReader.SUPPORTED);
    }

    @Test
    void idsArePathsUnderTheInputRootSoSameNamedFilesStayDistinct(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("crawl/a"));
        Files.createDirectories(dir.resolve("crawl/b"));
        Files.writeString(dir.resolve("crawl/a/page.txt"), "وصل الوفد إلى بغداد.");
        Files.writeString(dir.resolve("crawl/b/page.txt"), "وصل الوفد إلى أربيل.");
        Files.writeString(dir.resolve("crawl/top.txt"), "قال الكاظمي.");
        Files.writeString(dir.resolve("crawl/notes.md"), "not matched by the glob");
        assertThat(read(dir.resolve("crawl").toString())).extracting(Page::id).containsExactly("a/page", "b/page", "top");
        assertThat(errors).extracting(InputError::path).containsExactly(dir.resolve("crawl/notes.md").toString());
        errors.clear();
        assertThat(read(dir.resolve("crawl") + "/**/*.txt")).extracting(Page::id).containsExactly("a/page", "b/page", "top");
        assertThat(read(dir.resolve("crawl/a/page.txt").toString())).extracting(Page::id).containsExactly("page");
        assertThat(errors).isEmpty();
    }

    @Test
    void gzippedFilesAreReadAsTheFormatBeneath(@TempDir Path dir) throws IOException {
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("docs.jsonl.gz")))) {
            out.write("{\"id\":\"z1\",\"text\":\"قال بايدن\"}\n{\"text\":\"وصل الكاظمي\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        List<Page> pages = read(dir.resolve("docs.jsonl.gz").toString());
        assertThat(errors).isEmpty();
        assertThat(pages).extracting(Page::id, Page::content).containsExactly(
                org.assertj.core.groups.Tuple.tuple("z1", "قال بايدن"), org.assertj.core.groups.Tuple.tuple("docs:2", "وصل الكاظمي"));
        assertThat(pages.get(1).unit()).hasToString(dir.resolve("docs.jsonl.gz") + ":2");
    }

    @Test
    void standardInputIsReadAsJsonLines() {
        var stdin = new ByteArrayInputStream("{\"text\":\"قال بايدن\"}\n".getBytes(StandardCharsets.UTF_8));
        List<Page> pages = new InputReader(errors::add, stdin).read(List.of("-")).toList();
        assertThat(pages).extracting(Page::id, Page::content).containsExactly(org.assertj.core.groups.Tuple.tuple("stdin:1", "قال بايدن"));
    }
}
