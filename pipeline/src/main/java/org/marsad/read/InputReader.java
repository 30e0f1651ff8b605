package org.marsad.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.marsad.document.Source;

/**
 * Turns command-line inputs (files, directories walked recursively in name order, or "-" for
 * JSONL on standard input) into a lazy stream of {@link Page}s. Nothing here throws on bad
 * input: an unreadable, empty or undecodable file and a malformed JSONL line are reported to
 * the error consumer and skipped, so one bad file never stops a run.
 */
public final class InputReader {
    public static final String STDIN = "-";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Consumer<InputError> errors;
    private final InputStream stdin;

    public InputReader(Consumer<InputError> errors, InputStream stdin) {
        this.errors = errors;
        this.stdin = stdin;
    }

    /** The pages of every input, read as the stream is consumed. */
    public Stream<Page> read(List<String> inputs) {
        return inputs.stream().flatMap(this::readInput);
    }

    private Stream<Page> readInput(String input) {
        if (STDIN.equals(input)) {
            return jsonLines(new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)), "<stdin>", "stdin");
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                errors.accept(new InputError(input, 0, "cannot list directory: " + e.getMessage()));
            }
            return files.stream().flatMap(this::readFile);
        }
        if (!Files.exists(path)) {
            errors.accept(new InputError(input, 0, "no such file or directory"));
            return Stream.empty();
        }
        return readFile(path);
    }

    private Stream<Page> readFile(Path file) {
        String name = file.getFileName().toString();
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        Source source = Source.ofPath(file.toString());
        Page.Format format = switch (extension) {
            case "txt" -> Page.Format.TEXT;
            case "html", "htm" -> Page.Format.HTML;
            case "jsonl" -> Page.Format.DOCUMENT;
            default -> null;
        };
        if (format == null) {
            errors.accept(new InputError(file.toString(), 0, "unsupported file type (expected .txt, .html, .htm or .jsonl)"));
            return Stream.empty();
        }
        if (format == Page.Format.DOCUMENT) {
            try {
                return jsonLines(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString(), id);
            } catch (IOException e) {
                errors.accept(new InputError(file.toString(), 0, "cannot read: " + e.getMessage()));
                return Stream.empty();
            }
        }
        return decode(file).map(text -> Page.of(id, source, format, text)).stream();
    }

    private Optional<String> decode(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                errors.accept(new InputError(file.toString(), 0, "empty file"));
                return Optional.empty();
            }
            return Optional.of(text);
        } catch (CharacterCodingException e) {
            errors.accept(new InputError(file.toString(), 0, "not valid UTF-8"));
        } catch (IOException e) {
            errors.accept(new InputError(file.toString(), 0, "cannot read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    /** One page per JSONL line; the reader is closed when the stream is. */
    private Stream<Page> jsonLines(BufferedReader reader, String path, String idPrefix) {
        long[] lineNumber = {0};
        return reader.lines().onClose(() -> closeQuietly(reader)).map(line -> {
            lineNumber[0]++;
            return line.isBlank() ? null : parseLine(line, path, idPrefix, lineNumber[0]);
        }).filter(java.util.Objects::nonNull);
    }

    private Page parseLine(String line, String path, String idPrefix, long lineNumber) {
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
        if (text == null) {
            errors.accept(new InputError(path, lineNumber, "no \"text\" or \"content\" field"));
            return null;
        }
        String id = field(node, "id");
        Source source = new Source(path, field(node, "url"), field(node, "source"));
        return new Page(id != null ? id : idPrefix + ":" + lineNumber, source, Page.Format.DOCUMENT, text,
                field(node, "title"), field(node, "date"));
    }

    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static void closeQuietly(BufferedReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
