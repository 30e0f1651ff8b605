package org.marsad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** A .warc.gz with a corrupt or cut gzip member: one error at that member, and every other page read. */
class CorruptWarcTest {
    private final List<InputError> errors = new ArrayList<>();

    /** One gzipped WARC response record (a gzip member of its own, as crawlers write them). */
    private static byte[] record(int n) throws IOException {
        return record(n, WarcCompression.GZIP);
    }

    private static byte[] record(int n, WarcCompression compression) throws IOException {
        String html = "<html><head><title>خبر " + n + "</title></head><body><p>"
                + "وصل رئيس الوزراء إلى بغداد في زيارة رقم " + n + ". ".repeat(40) + "</p></body></html>";
        HttpResponse response = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8)).build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter warc = new WarcWriter(Channels.newChannel(bytes), compression)) {
            warc.write(new WarcResponse.Builder(URI.create("https://news.example/" + n))
                    .date(Instant.parse("2021-07-26T08:00:00Z")).body(response).build());
        }
        return bytes.toByteArray();
    }

    private List<Page> read(Path file) {
        try (var pages = new InputReader(errors::add, new ByteArrayInputStream(new byte[0])).read(List.of(file.toString()))) {
            return pages.toList();
        }
    }

    @Test
    void aCorruptMemberIsOneErrorAndThePagesAroundItAreRead(@TempDir Path dir) throws IOException {
        byte[] first = record(1);
        byte[] second = record(2);
        byte[] third = record(3);
        // The second member's first deflate block gets the reserved block type 11: no inflater reads past it.
        assertThat(second[3]).as("no optional gzip header fields").isZero();
        second[10] |= 0b110;
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        warc.write(first);
        warc.write(second);
        warc.write(third);
        Path file = Files.write(dir.resolve("crawl.warc.gz"), warc.toByteArray());

        List<Page> pages = read(file);
        assertThat(pages).extracting(Page::id, p -> p.unit().record(), p -> p.source().url()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("crawl/1", "0", "https://news.example/1"),
                org.assertj.core.groups.Tuple.tuple("crawl/2", String.valueOf(first.length + second.length),
                        "https://news.example/3"));
        assertThat(pages.get(0).content()).contains("زيارة رقم 1");
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.record()).isEqualTo(String.valueOf(first.length));
            assertThat(e.reason()).isEqualTo("corrupt gzip member: invalid block type");
        });
    }

    @Test
    void aCutLastRecordIsOneError(@TempDir Path dir) throws IOException {
        byte[] first = record(1);
        byte[] second = record(2);
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        warc.write(first);
        warc.write(second, 0, second.length / 2);
        Path file = Files.write(dir.resolve("cut.warc.gz"), warc.toByteArray());

        assertThat(read(file)).extracting(Page::id).containsExactly("cut/1");
        assertThat(errors).extracting(InputError::toString)
                .containsExactly(file + "@" + first.length + ": gzip member cut short");
    }

    @Test
    void everyRecordIsNamedByItsOwnOffsetSoAResumeSkipsNoOther(@TempDir Path dir) throws IOException {
        for (WarcCompression compression : List.of(WarcCompression.NONE, WarcCompression.GZIP)) {
            byte[] first = record(1, compression);
            ByteArrayOutputStream warc = new ByteArrayOutputStream();
            warc.write(first);
            warc.write(record(2, compression));
            Path file = Files.write(dir.resolve("two-" + compression + ".warc" + (compression == WarcCompression.GZIP ? ".gz" : "")),
                    warc.toByteArray());
            assertThat(read(file)).extracting(p -> p.unit().record()).as(compression.toString())
                    .containsExactly("0", String.valueOf(first.length));
        }
        assertThat(errors).isEmpty();
    }
}
