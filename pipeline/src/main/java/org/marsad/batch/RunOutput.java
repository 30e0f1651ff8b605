package org.marsad.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Function;
import org.marsad.document.Document;
import org.marsad.read.InputError;
import org.marsad.read.Unit;
import org.marsad.write.DocumentWriter;

/**
 * The files a run writes: the records ({@code OUT}), the errors ({@code OUT.errors.jsonl}: one
 * JSON object per input that could not be annotated, with its path, line or WARC record, and
 * reason) and a journal of finished input units ({@code OUT.done}).
 *
 * <p>Why a journal: a killed run must resume without losing or repeating a document. Each unit's
 * records and errors are written and flushed together, under one lock, and only then is a journal
 * line appended: {@code [records bytes, errors bytes, "unit"]}, the sizes of both files once the
 * unit was in them. Anything in the files past the last journal line belongs to a unit the run did
 * not finish, perhaps cut mid-record. So {@code --resume} reads the journal's whole lines (a
 * partial last line is dropped), truncates both files to the sizes of the last one, and skips the
 * units it names; the unfinished units are read again. This holds for any record format whose
 * writer writes each document whole, and needs no parsing of the records. Kill -9 loses nothing
 * the files were told; a power cut may (nothing is fsynced, for speed).
 */
final class RunOutput implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Counted records;
    private final Counted errors;
    private final OutputStream journal;
    private final DocumentWriter writer;
    private final UnitSet done;
    private final long previousErrors;

    private RunOutput(Counted records, Counted errors, OutputStream journal,
                      Function<OutputStream, DocumentWriter> writers, UnitSet done, long previousErrors) {
        this.records = records;
        this.errors = errors;
        this.journal = journal;
        this.writer = writers.apply(records);
        this.done = done;
        this.previousErrors = previousErrors;
    }

    /** Standard output: no errors file, no journal, nothing to resume. */
    static RunOutput stdout(Function<OutputStream, DocumentWriter> writers) {
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        return new RunOutput(new Counted(out, 0), null, null, writers, new UnitSet(), 0);
    }

    /**
     * Opens OUT and its companions, truncated to the journal when resuming, else emptied.
     *
     * @throws IOException when they cannot be created or written (a configuration error)
     */
    static RunOutput open(Path out, boolean resume, Function<OutputStream, DocumentWriter> writers) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path errorsFile = sibling(out, ".errors.jsonl");
        Path journalFile = sibling(out, ".done");
        UnitSet done = new UnitSet();
        long[] sizes = {0, 0, 0};   // records, errors, journal
        if (resume && Files.exists(journalFile)) {
            sizes = readJournal(journalFile, done);
            if (size(out) < sizes[0] || size(errorsFile) < sizes[1]) {
                throw new IOException(out + " or its errors file is shorter than its journal " + journalFile
                        + " records; it was changed since, so the run cannot be resumed");
            }
        }
        long previousErrors = sizes[1] == 0 ? 0 : countLines(errorsFile, sizes[1]);
        return new RunOutput(new Counted(append(out, sizes[0]), sizes[0]), new Counted(append(errorsFile, sizes[1]),
                sizes[1]), append(journalFile, sizes[2]), writers, done, previousErrors);
    }

    private static Path sibling(Path out, String suffix) {
        return out.resolveSibling(out.getFileName() + suffix);
    }

    /** Collects the journal's units; returns the sizes of records, errors and journal after its last whole line. */
    private static long[] readJournal(Path journal, UnitSet done) throws IOException {
        byte[] bytes = Files.readAllBytes(journal);
        long[] sizes = {0, 0, 0};
        int start = 0;
        for (int end = 0; end < bytes.length; end++) {
            if (bytes[end] != '\n') {
                continue;
            }
            JsonNode line;
            try {
                line = JSON.readTree(new String(bytes, start, end - start, StandardCharsets.UTF_8));
            } catch (JsonProcessingException e) {
                break;
            }
            done.add(line.get(2).asText());
            sizes = new long[] {line.get(0).asLong(), line.get(1).asLong(), end + 1};
            start = end + 1;
        }
        return sizes;
    }

    private static long size(Path file) throws IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }

    private static long countLines(Path file, long upTo) throws IOException {
        long lines = 0;
        try (var in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            for (long i = 0; i < upTo; i++) {
                lines += in.read() == '\n' ? 1 : 0;
            }
        }
        return lines;
    }

    /** The file truncated to {@code size}, open for appending. */
    private static OutputStream append(Path file, long size) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        channel.truncate(size);
        channel.position(size);
        return new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 16);
    }

    boolean isDone(Unit unit) {
        return done.contains(unit.toString());
    }

    int resumedUnits() {
        return done.size();
    }

    long previousErrors() {
        return previousErrors;
    }

    /** Writes a finished unit whole, then journals it. Units a previous run finished are ignored. */
    synchronized void complete(UnitResult result) {
        if (done.contains(result.unit().toString())) {
            return;
        }
        try {
            for (Document document : result.documents()) {
                writer.write(document);
            }
            records.flush();
            if (errors != null) {
                for (InputError error : result.errors()) {
                    errors.write(errorLine(error));
                }
                errors.flush();
            }
            if (journal != null) {
                journal.write(JSON.writeValueAsBytes(List.of(records.count, errors.count, result.unit().toString())));
                journal.write('\n');
                journal.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] errorLine(InputError error) {
        return (error.toJson() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        writer.close();
        records.close();
        if (errors != null) {
            errors.close();
            journal.close();
        }
    }

    /** An output stream that knows how many bytes its file holds, for the journal. */
    private static final class Counted extends FilterOutputStream {
        private long count;

        Counted(OutputStream out, long initial) {
            super(out);
            this.count = initial;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }
    }
}
