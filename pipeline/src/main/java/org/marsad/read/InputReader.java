package org.marsad.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.marsad.document.Source;

/**
 * Turns command-line inputs (files, directories walked recursively in name order, globs, or "-"
 * for JSONL on standard input) into a lazy stream of {@link Page}s: .txt and .html/.htm pages,
 * .jsonl documents, and the HTML responses of .warc archives, each optionally gzipped. Nothing
 * here throws on bad input: an unreadable, empty, binary, oversized or undecodable file and a
 * malformed JSONL line are reported to the error consumer and skipped, so one bad file never
 * stops a run. Only one page (or JSONL line) is held at a time, whatever the input's size.
 */
public final class InputReader {
    public static final String STDIN = "-";
    static final String SUPPORTED = "unsupported file type (expected .txt, .html, .htm, .jsonl or .warc, optionally .gz)";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Consumer<InputError> errors;
    private final InputStream stdin;
    private final ReadOptions options;

    public InputReader(Consumer<InputError> errors, InputStream stdin) {
        this(errors, stdin, ReadOptions.DEFAULTS);
    }

    public InputReader(Consumer<InputError> errors, InputStream stdin, ReadOptions options) {
        this.errors = errors;
        this.stdin = stdin;
        this.options = options;
    }

    /** The files of the inputs, with the ids their pages take; stdin is {@code null}. Errors are reported. */
    public List<InputFile> files(List<String> inputs) {
        return inputs.stream().flatMap(input -> STDIN.equals(input) ? Stream.of((InputFile) null)
                : InputFiles.expand(input, errors).stream()).toList();
    }

    /** The input among {@code inputs} that names {@code file} or would once it exists (see {@link InputFiles#covers}), or null. */
    public static String inputCovering(List<String> inputs, java.nio.file.Path file) {
        return inputs.stream().filter(input -> !STDIN.equals(input) && InputFiles.covers(input, file))
                .findFirst().orElse(null);
    }

    /** The pages of every input, read as the stream is consumed. */
    public Stream<Page> read(List<String> inputs) {
        return readFiles(files(inputs));
    }

    public Stream<Page> readFiles(List<InputFile> files) {
        return files.stream().flatMap(file -> file == null
                ? jsonLines(stdin, "<stdin>", "stdin") : readFile(file));
    }

    private Stream<Page> readFile(InputFile file) {
        String path = file.path().toString();
        boolean warc = file.extension().equals("warc");
        Page.Format format = switch (file.extension()) {
            case "txt" -> Page.Format.TEXT;
            case "html", "htm" -> Page.Format.HTML;
            case "jsonl" -> Page.Format.DOCUMENT;
            default -> null;
        };
        if (format == null && !warc) {
            fail(new InputError(path, 0, SUPPORTED), size(file));
            return Stream.empty();
        }
        if (options.done().test(Unit.file(path))) {
            options.listener().consumed(size(file));
            return Stream.empty();
        }
        try {
            Counted in = new Counted(Files.newInputStream(file.path()));
            if (warc) {
                return new WarcPages(file, in, options, errors).stream();
            }
            InputStream body = file.gzipped() ? new GZIPInputStream(in, 1 << 16) : in;
            if (format == Page.Format.DOCUMENT) {
                return jsonLines(new Counting(in, body), path, file.id());
            }
            try (in; body) {
                String text = TextDecoder.read(body, null, format == Page.Format.HTML, options.maxChars());
                options.listener().consumed(in.take());
                return Stream.of(new Page(file.id(), Source.ofPath(path), format, text, null, null));
            }
        } catch (BadInputException e) {
            fail(new InputError(path, 0, e.getMessage()), size(file));
        } catch (IOException | UncheckedIOException e) {
            fail(new InputError(path, 0, "cannot read: " + e.getMessage()), size(file));
        }
        return Stream.empty();
    }

    private void fail(InputError error, long bytes) {
        errors.accept(error);
        options.listener().consumed(bytes);
    }

    private static long size(InputFile file) {
        try {
            return Files.size(file.path());
        } catch (IOException e) {
            return 0;
        }
    }

    /** One page per JSONL line; the stream is closed when the page stream is. */
    private Stream<Page> jsonLines(InputStream in, String path, String idPrefix) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        long[] lineNumber = {0};
        return reader.lines().onClose(() -> closeQuietly(reader)).map(line -> {
            lineNumber[0]++;
            Page page = line.isBlank() || options.done().test(new Unit(path, lineNumber[0], null)) ? null
                    : parseLine(line, path, idPrefix, lineNumber[0]);
            if (in instanceof Counting counting) {
                options.listener().consumed(counting.counted.take());
            }
            return page;
        }).filter(Objects::nonNull);
    }

    /**
     * One JSONL line to its page ({@code idPrefix:lineNumber} when it has no id), or null after
     * reporting a malformed line, a missing text or an oversized one to the error consumer. Public
     * for readers that split JSONL themselves (the Spark job).
     */
    public Page parseLine(String line, String path, String idPrefix, long lineNumber) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            errors.accept(new InputError(path, lineNumber, "malformed JSON: " + e.getOriginalMessage()));
            return null;
        }
        String text = field(node, "text");
        if (text == null) {
            text = field(node, "content");
        }
        String reason = text == null ? "no \"text\" or \"content\" field"
                : text.length() > options.maxChars() ? TextDecoder.tooLarge(options.maxChars()).getMessage() : null;
        if (reason != null) {
            errors.accept(new InputError(path, lineNumber, reason));
            return null;
        }
        String id = field(node, "id");
        Source source = new Source(path, field(node, "url"), field(node, "source"));
        return new Page(id != null ? id : idPrefix + ":" + lineNumber, source, Page.Format.DOCUMENT, text,
                field(node, "title"), field(node, "date"), new Unit(path, lineNumber, null));
    }

    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    /** A file's raw byte stream that counts what has been read from it, for progress. */
    static final class Counted extends FilterInputStream {
        private long count;
        private long reported;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }

        /** Bytes read since the last call. */
        long take() {
            long delta = count - reported;
            reported = count;
            return delta;
        }
    }

    /** A (possibly decompressing) stream over a {@link Counted} file stream. */
    private static final class Counting extends FilterInputStream {
        final Counted counted;

        Counting(Counted counted, InputStream body) {
            super(body);
            this.counted = counted;
        }
    }
}
