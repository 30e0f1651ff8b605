package org.marsad.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
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
    /**
     * Jackson's own limit on a string (20 M chars) would cut below {@code --max-chars}, which is the limit here;
     * anything after a line's JSON value makes the line malformed rather than being dropped unread.
     */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build()).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

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
        return files(inputs, errors);
    }

    /**
     * The files of the inputs as {@link #files(List)} lists them, each missing file, unmatched glob or
     * unlistable directory reported to {@code errors}: for checking inputs before there is a reader.
     */
    public static List<InputFile> files(List<String> inputs, Consumer<InputError> errors) {
        return inputs.stream().flatMap(input -> STDIN.equals(input) ? Stream.of((InputFile) null)
                : InputFiles.expand(input, errors).stream()).toList();
    }

    /** The input among {@code inputs} that names {@code file} or would once it exists (see {@link InputFiles#covers}), or null. */
    public static String inputCovering(List<String> inputs, Path file) {
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
            if (warc) {
                return new WarcPages(file, path, options, errors).stream();
            }
            Counted in = new Counted(Files.newInputStream(file.path()));
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

    /**
     * The pages of a web archive whose bytes are in the local file {@code file}, named {@code path}
     * in their pages, units and errors: for readers that fetch archives themselves (the Spark job
     * reads them from any file system). Reading errors go to the error consumer.
     */
    public Stream<Page> readWarc(InputFile file, String path) throws IOException {
        return new WarcPages(file, path, options, errors).stream();
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

    /**
     * One page per JSONL line; the stream is closed when the page stream is. Lines are read as
     * bytes, at most {@link #maxLineBytes} each, and decoded strictly: a line too long or not
     * UTF-8 is an error of its own, and the lines after it are read.
     */
    private Stream<Page> jsonLines(InputStream in, String path, String idPrefix) {
        LineReader lines = new LineReader(in, maxLineBytes());
        Iterator<Page> pages = new Iterator<>() {
            private long lineNumber;
            private Page next;

            @Override
            public boolean hasNext() {
                while (next == null) {
                    byte[] line;
                    try {
                        line = lines.next();
                    } catch (IOException e) {
                        errors.accept(new InputError(path, lineNumber + 1, "cannot read: " + e.getMessage()));
                        line = null;
                    }
                    if (in instanceof Counting counting) {
                        options.listener().consumed(counting.counted.take());
                    }
                    if (line == null) {
                        return false;
                    }
                    lineNumber++;
                    if (!options.done().test(new Unit(path, lineNumber, null))) {
                        next = page(line, path, idPrefix, lineNumber);
                    }
                }
                return true;
            }

            @Override
            public Page next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Page page = next;
                next = null;
                return page;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false)
                .onClose(() -> closeQuietly(in));
    }

    /**
     * The longest JSONL line read: {@code --max-chars} of text, each char as a 6-byte JSON escape
     * at worst ({@code \u0627}), and room for the other fields.
     */
    private long maxLineBytes() {
        return 6 * options.maxChars() + (1 << 16);
    }

    /** A JSONL line's bytes to its page, or null for a blank line or after reporting a bad one. */
    private Page page(byte[] line, String path, String idPrefix, long lineNumber) {
        if (line == LineReader.TOO_LONG) {
            errors.accept(new InputError(path, lineNumber, "line too large (more than " + maxLineBytes()
                    + " bytes; see --max-chars)"));
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line)).toString();
        } catch (CharacterCodingException e) {
            errors.accept(new InputError(path, lineNumber, "invalid UTF-8 (JSON Lines must be UTF-8)"));
            return null;
        }
        return text.isBlank() ? null : parseLine(text, path, idPrefix, lineNumber);
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
            errors.accept(new InputError(path, lineNumber, "malformed JSON at " + JsonSyntax.describe(e)));
            return null;
        }
        String name = node.hasNonNull("text") || !node.hasNonNull("content") ? "text" : "content";
        JsonNode value = node.get(name);
        // An array, object, number or boolean is no text: as text it would be empty or "true".
        String reason = value == null || value.isNull() ? "no \"text\" or \"content\" field"
                : !value.isTextual() ? "\"" + name + "\" is " + kind(value) + ", not a string"
                : value.textValue().length() > options.maxChars() ? TextDecoder.tooLarge(options.maxChars()).getMessage()
                : null;
        if (reason != null) {
            errors.accept(new InputError(path, lineNumber, reason));
            return null;
        }
        String text = value.textValue();
        String id = field(node, "id");
        Source source = new Source(path, field(node, "url"), field(node, "source"));
        return new Page(id != null ? id : idPrefix + ":" + lineNumber, source, Page.Format.DOCUMENT, text,
                // "published" is what Marsad's own records call it, so that they can be read back in.
                field(node, "title"), node.hasNonNull("date") ? field(node, "date") : field(node, "published"),
                new Unit(path, lineNumber, null));
    }

    private static String kind(JsonNode value) {
        return switch (value.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
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
