package org.marsad.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.marsad.Marsad;
import org.marsad.batch.BatchRun;
import org.marsad.batch.UnitResult;
import org.marsad.batch.UnitSet;
import org.marsad.document.Document;
import org.marsad.document.Source;
import org.marsad.format.jsonl.JsonlWriter;
import org.marsad.read.BadInputException;
import org.marsad.read.InputError;
import org.marsad.read.InputFile;
import org.marsad.read.InputReader;
import org.marsad.read.Page;
import org.marsad.read.ReadOptions;
import org.marsad.read.TextDecoder;
import org.marsad.read.Unit;

/**
 * The annotation of a partition's inputs, unit by unit, as the CLI's BatchRun does it: each input
 * unit (a JSONL line, a page file, a WARC record) becomes its records and error lines, then its
 * key; a unit that {@code done} holds (finished by an earlier run) is skipped. Nothing here throws
 * on bad input. The models come from the executor JVM's shared pool ({@link Marsad#standard()}),
 * loaded as the executor starts ({@link ModelPreload}; else by its first task) and shared by the
 * tasks running at once in it: loading them takes seconds and hundreds of MB, so never per record
 * or per partition.
 */
final class Worker {
    private final Marsad nlp = Marsad.standard();
    private final UnitSet done;
    /** The job's Hadoop settings (credentials of HDFS, S3…), for reading archives. */
    private final Configuration hadoop;

    Worker(UnitSet done, Configuration hadoop) {
        this.done = done;
        this.hadoop = hadoop;
    }

    /** One input's outputs, read lazily; the stream must be closed (a WARC holds its file open). */
    Stream<Output> annotate(Input input) {
        if (input instanceof Input.JsonLine line) {
            return unit(new Unit(line.path(), line.line(), null), errors -> jsonLine(line, errors));
        }
        if (input instanceof Input.PageFile page) {
            return unit(Unit.file(page.path()), errors -> page(page));
        }
        return warc((Input.WarcFile) input);
    }

    /** Reads a unit's page (or its errors), annotates it, and ends with the unit's key. */
    private Stream<Output> unit(Unit unit, PageReader reader) {
        if (done.contains(unit.toString())) {
            return Stream.empty();
        }
        List<InputError> errors = new ArrayList<>();
        Page page = null;
        try {
            page = reader.read(errors);
        } catch (BadInputException e) {
            errors.add(InputError.of(unit, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            errors.add(InputError.of(unit, "cannot read: " + e));
        }
        if (page == null && errors.isEmpty()) {
            return Stream.empty();   // a blank JSONL line, skipped silently as by the CLI
        }
        return Stream.concat(page == null ? Stream.empty() : annotate(page),
                Stream.concat(errors.stream().map(e -> Output.error(e.toJson())), Stream.of(Output.unit(unit.toString()))));
    }

    @FunctionalInterface
    private interface PageReader {
        Page read(List<InputError> errors) throws IOException, BadInputException;
    }

    private Stream<Output> annotate(Page page) {
        UnitResult result = BatchRun.annotate(nlp, page);
        return Stream.concat(result.documents().stream().map(d -> new Output(Output.Kind.RECORD, toJson(d), d.tokens().size())),
                result.errors().stream().map(e -> Output.error(e.toJson())));
    }

    private static Page jsonLine(Input.JsonLine line, List<InputError> errors) {
        return line.json().isBlank() ? null : new InputReader(errors::add, InputStream.nullInputStream())
                .parseLine(line.json(), line.path(), line.fileId(), line.line());
    }

    private static Page page(Input.PageFile file) throws IOException, BadInputException {
        InputFile name = InputFile.under(null, java.nio.file.Path.of(new Path(file.path()).getName()));
        InputStream bytes = new ByteArrayInputStream(file.bytes());
        try (InputStream body = name.gzipped() ? new GZIPInputStream(bytes) : bytes) {
            boolean html = !name.extension().equals("txt");
            String text = TextDecoder.read(body, null, html, ReadOptions.DEFAULTS.maxChars());
            return new Page(file.fileId(), Source.ofPath(file.path()), html ? Page.Format.HTML : Page.Format.TEXT,
                    text, null, null);
        }
    }

    /**
     * A web archive's records in order: each HTML response's records, error lines and key, and
     * each reading error (a corrupt member, a malformed record) with its record's key, where it
     * falls among them.
     */
    private Stream<Output> warc(Input.WarcFile warc) {
        List<InputError> pending = new ArrayList<>();
        LocalCopy local = null;
        Stream<Page> pages;
        try {
            local = LocalCopy.of(warc.path(), hadoop);
            InputFile file = new InputFile(local.path(), warc.fileId());
            ReadOptions options = new ReadOptions(ReadOptions.DEFAULT_MAX_CHARS, unit -> done.contains(unit.toString()),
                    new ReadOptions.Listener() { });
            pages = new InputReader(pending::add, InputStream.nullInputStream(), options).readWarc(file, warc.path());
        } catch (IOException | RuntimeException e) {
            if (local != null) {
                local.close();   // a copy made for an archive that could not be opened
            }
            Unit unit = Unit.file(warc.path());
            return Stream.of(Output.error(InputError.of(unit, "cannot read: " + e.getMessage()).toJson()),
                    Output.unit(unit.toString()));
        }
        // Errors are reported while the page after them is looked for: flush them before each page, and at the end.
        return Stream.concat(pages.flatMap(page -> Stream.concat(drain(pending),
                        Stream.concat(annotate(page), Stream.of(Output.unit(page.unit().toString()))))),
                        Stream.of(pending).flatMap(Worker::drain))
                .onClose(local::close);   // closing the concatenation closes the archive first
    }

    private static Stream<Output> drain(List<InputError> errors) {
        List<Output> out = errors.stream().flatMap(e -> Stream.of(Output.error(e.toJson()), Output.unit(e.unit().toString())))
                .toList();
        errors.clear();
        return out.stream();
    }

    /**
     * An archive as a local file, which the WARC reader needs to go from gzip member to member: a
     * {@code file:} URI as it is; any other file system's (HDFS, S3) copied to a temporary file,
     * deleted when the archive is read.
     */
    private record LocalCopy(java.nio.file.Path path, boolean temporary) implements AutoCloseable {
        static LocalCopy of(String uri, Configuration hadoop) throws IOException {
            Path path = new Path(uri);
            if ("file".equals(path.toUri().getScheme())) {
                return new LocalCopy(java.nio.file.Path.of(URI.create(path.toUri().toString())), false);
            }
            java.nio.file.Path copy = Files.createTempFile("marsad-", "-" + path.getName());
            try (InputStream in = path.getFileSystem(hadoop).open(path)) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(copy);
                throw e;
            }
            return new LocalCopy(copy, true);
        }

        @Override
        public void close() {
            if (temporary) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** The CLI's record for a document: JsonlWriter's own bytes, without the line end. */
    private static String toJson(Document document) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (JsonlWriter writer = new JsonlWriter(bytes)) {
            writer.write(document);
        }
        String line = bytes.toString(StandardCharsets.UTF_8);
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }
}
