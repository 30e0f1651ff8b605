package org.marsad.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** A crawl as real crawls are: good pages among bad ones, old encodings, archives, oversized text. */
final class MessyCorpus {
    static final String KADHIMI_IN_BAGHDAD = "استقبل رئيس الوزراء مصطفى الكاظمي في بغداد وفدا من الاتحاد الأوروبي.";
    static final String BIDEN = "وقال الرئيس الأمريكي جو بايدن إن القوات الأمريكية ستبقى في العراق.";

    private MessyCorpus() {
    }

    static String html(String title, String body) {
        return "<html><head><title>" + title + "</title></head><body><h1>" + title + "</h1><p>" + body + "</p></body></html>";
    }

    /** Writes the corpus under {@code dir}; every file name says what it is. */
    static void write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/page.html"), html("زيارة إلى بغداد", BIDEN));
        Files.writeString(dir.resolve("b/page.txt"), "الكاظمي يلتقي بايدن\n\n" + KADHIMI_IN_BAGHDAD + "\n");
        Files.write(dir.resolve("windows-1256.html"),
                html("الكاظمي في بغداد", KADHIMI_IN_BAGHDAD).getBytes(Charset.forName("windows-1256")));
        Files.write(dir.resolve("binary.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 1});
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.writeString(dir.resolve("docs.jsonl"), "{\"id\":\"d1\",\"text\":\"" + BIDEN + "\"}\n{\"id\":\"d2\",\"text\":\n"
                + "{\"id\":\"d3\",\"text\":\"The Prime Minister met the European delegation in Baghdad on Monday and "
                + "discussed the withdrawal of foreign forces from Iraq.\"}\n");
        String page = html("الكاظمي في بغداد", KADHIMI_IN_BAGHDAD + " " + BIDEN);
        Files.writeString(dir.resolve("truncated.html"), page.substring(0, page.indexOf(BIDEN) + 20));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("zipped.txt.gz")))) {
            out.write(("بايدن في بغداد\n\n" + BIDEN).getBytes(StandardCharsets.UTF_8));
        }
        writeWarc(dir.resolve("crawl.warc.gz"));
        Files.writeString(dir.resolve("huge.txt"), "بغداد ".repeat(500_000));   // 3 MB, one line
    }

    private static void writeWarc(Path file) throws IOException {
        try (WarcWriter warc = new WarcWriter(java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            HttpResponse page = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("text/html; charset=windows-1256"),
                            html("وفد أوروبي في بغداد", KADHIMI_IN_BAGHDAD).getBytes(Charset.forName("windows-1256")))
                    .build();
            warc.write(new WarcResponse.Builder(URI.create("https://news.example/iraq/1"))
                    .date(Instant.parse("2021-07-26T08:00:00Z")).body(page).build());
            HttpResponse image = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}).build();
            warc.write(new WarcResponse.Builder(URI.create("https://news.example/logo.png"))
                    .date(Instant.parse("2021-07-26T08:00:01Z")).body(image).build());
        }
    }
}
