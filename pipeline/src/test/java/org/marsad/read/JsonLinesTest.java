package org.marsad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** JSON Lines as they come: wrong types, bytes that are not UTF-8, lines too long for memory. */
class JsonLinesTest {
    private final List<InputError> errors = new ArrayList<>();

    private List<Page> read(InputStream stdin, long maxChars) {
        ReadOptions options = new ReadOptions(maxChars, unit -> false, new ReadOptions.Listener() { });
        try (var pages = new InputReader(errors::add, stdin, options).read(List.of("-"))) {
            return pages.toList();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aTextThatIsNotAStringOrNotUtf8IsAnErrorAndTheNextLinesAreRead() throws IOException {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.write(utf8("{\"id\":\"array\",\"text\":[\"قال بايدن\"]}\n{\"id\":\"object\",\"text\":{\"ar\":\"قال\"}}\n"
                + "{\"id\":\"true\",\"text\":true}\n{\"id\":\"number\",\"content\":7}\n"));
        in.write(utf8("{\"id\":\"latin1\",\"text\":\"caf"));
        in.write(new byte[] {(byte) 0xE9, '"', '}', '\n'});
        in.write(utf8("{\"id\":\"good\",\"text\":\"قال بايدن\"}\n"));
        List<Page> pages = read(new java.io.ByteArrayInputStream(in.toByteArray()), 1000);
        assertThat(pages).extracting(Page::id).containsExactly("good");
        assertThat(errors).extracting(InputError::toString).containsExactly(
                "<stdin>:1: \"text\" is an array, not a string",
                "<stdin>:2: \"text\" is an object, not a string",
                "<stdin>:3: \"text\" is a boolean, not a string",
                "<stdin>:4: \"content\" is a number, not a string",
                "<stdin>:5: invalid UTF-8 (JSON Lines must be UTF-8)");
    }

    @Test
    void theDateIsDateOrElsePublishedAsMarsadsRecordsNameIt() {
        String lines = "{\"id\":\"wire\",\"text\":\"قال بايدن\",\"date\":\"2021-07-25\",\"published\":\"2021-07-20\"}\n"
                + "{\"id\":\"record\",\"text\":\"قال الكاظمي\",\"published\":\"2021-07-26\"}\n"
                + "{\"id\":\"undated\",\"text\":\"قال السوداني\",\"date\":null}\n";
        List<Page> pages = read(new java.io.ByteArrayInputStream(utf8(lines)), 1000);
        assertThat(pages).extracting(Page::date).containsExactly("2021-07-25", "2021-07-26", null);
        assertThat(errors).isEmpty();
    }

    @Test
    void aLineOverTheLimitIsSkippedWithoutHoldingItAndTheNextLinesAreRead() {
        // A gigabyte on one line: the limit (6 bytes a char of --max-chars) ends it without holding it.
        long huge = 1L << 30;
        InputStream line = new InputStream() {
            private long left = huge;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        InputStream in = new SequenceInputStream(java.util.Collections.enumeration(List.of(
                new java.io.ByteArrayInputStream(utf8("{\"id\":\"before\",\"text\":\"قال بايدن\"}\n{\"text\":\"")), line,
                new java.io.ByteArrayInputStream(utf8("\"}\n{\"id\":\"after\",\"text\":\"وصل الكاظمي\"}\n")))));
        List<Page> pages = read(in, 1000);
        assertThat(pages).extracting(Page::id).containsExactly("before", "after");
        assertThat(errors).extracting(InputError::toString)
                .containsExactly("<stdin>:2: line too large (more than " + (6 * 1000 + 65536) + " bytes; see --max-chars)");
    }

    @Test
    void aTextOverJacksonsOwnStringLimitIsReadUpToMaxChars() {
        String text = "ب".repeat(21_000_000);
        byte[] line = utf8("{\"id\":\"long\",\"text\":\"" + text + "\"}\n");
        List<Page> pages = read(new java.io.ByteArrayInputStream(line), 25_000_000);
        assertThat(errors).isEmpty();
        assertThat(pages).singleElement().satisfies(page -> assertThat(page.content()).hasSize(21_000_000));
        assertThat(read(new java.io.ByteArrayInputStream(line), 20_000_000)).isEmpty();
        assertThat(errors).extracting(InputError::reason).containsExactly(
                "too large (more than 20000000 characters; see --max-chars)");
    }
}
