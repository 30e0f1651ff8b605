package org.marsad.batch;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.marsad.Marsad;
import org.marsad.document.Document;
import org.marsad.format.DocumentWriter;
import org.marsad.read.InputError;
import org.marsad.read.InputFile;
import org.marsad.read.Unit;
import org.marsad.write.OutputFormat;

/**
 * The files a run writes: the records ({@code OUT}), the errors ({@code OUT.errors.jsonl}: one
 * JSON object per input that could not be annotated, with its path, line or WARC record, and
 * reason) and a journal of finished input units ({@code OUT.done}).
 *
 * <p>Why a journal: a killed run must resume without losing or repeating a document. Each unit's
 * records and errors are written and flushed together, under one lock, and only then is a journal
 * line appended (see {@link Journal}): {@code [records bytes, errors bytes, "unit"]}, the sizes of
 * both files once the unit was in them. Anything in the files past the last journal line belongs to a unit the run did
 * not finish, perhaps cut mid-record. So {@code --resume} reads the journal's whole lines (a
 * partial last line is dropped), truncates both files to the sizes of the last one, and skips the
 * units it names; the unfinished units are read again. This holds for any record format whose
 * writer writes each document whole, and needs no parsing of the records; a format with a
 * beginning and an end (HTML) writes its beginning with the first unit and its end on close,
 * after the last journal line, so a resumed run cuts the end off and writes it again. Units are
 * named by canonical paths, so an input named another way is still the same input. Kill -9 loses nothing
 * the files were told; a power cut may (nothing is fsynced, for speed).
 */
final class RunOutput implements AutoCloseable {
    /** The output as messages name it: its path, or standard output. */
    private final String name;
    private final Counted records;
    private final Counted errors;
    private final Journal journal;
    private final DocumentWriter writer;
    private final UnitSet done;
    private final long previousErrors;
    /** Canonical paths of the last few input paths seen: units come file by file. */
    private final Map<String, String> canonical = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 16;
        }
    };

    private RunOutput(String name, Counted records, Counted errors, Journal journal, DocumentWriter writer,
                      long previousErrors) {
        this.name = name;
        this.records = records;
        this.errors = errors;
        this.journal = journal;
        this.writer = writer;
        this.done = journal == null ? new UnitSet() : journal.done();
        this.previousErrors = previousErrors;
    }

    /** Standard output: no errors file, no journal, nothing to resume. */
    static RunOutput stdout(OutputFormat format) {
        Counted out = new Counted(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), 0);
        return new RunOutput("standard output", out, null, null, format.open(out, false), 0);
    }

    /**
     * Locks OUT's journal, then opens OUT and its companions, truncated to the journal when
     * resuming, else emptied. {@code wrap} wraps the records file's stream (tests inject faults).
     *
     * @throws IOException when they cannot be created or written (a configuration error)
     * @throws RefusedOutput when OUT is a directory or its directory is missing (a mistyped path is
     *     not made), when another run writes OUT, or when it cannot be resumed by this command
     */
    static RunOutput open(Path out, boolean resume, RunCommand command, UnaryOperator<OutputStream> wrap)
            throws IOException, RefusedOutput {
        checkPlace(out);
        Path errorsFile = sibling(out, ".errors.jsonl");
        Journal journal = Journal.open(sibling(out, ".done"), out, resume, command);
        try {
            long recordsSize = journal.recordsSize();
            long errorsSize = journal.errorsSize();
            if (size(out) < recordsSize || size(errorsFile) < errorsSize) {
                throw new RefusedOutput("cannot resume " + out + ": it or its errors file is shorter than its journal "
                        + sibling(out, ".done") + " records; it was changed since");
            }
            long previousErrors = errorsSize == 0 ? 0 : countLines(errorsFile, errorsSize);
            Counted records = new Counted(wrap.apply(append(out, recordsSize)), recordsSize);
            Counted errors = new Counted(append(errorsFile, errorsSize), errorsSize);
            // Resumed output already has the format's beginning: it came with the first unit.
            return new RunOutput(out.toString(), records, errors, journal, command.format().open(records, recordsSize > 0),
                    previousErrors);
        } catch (IOException | RefusedOutput | RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    /** Refuses an OUT that is a directory or whose directory is not one: Marsad makes no directories. */
    private static void checkPlace(Path out) throws RefusedOutput {
        Path parent = out.getParent();
        String problem = Files.isDirectory(out) ? "it is a directory (give -o a file name)"
                : parent == null || Files.isDirectory(parent) ? null
                : Files.exists(parent) ? parent + " is a file, not a directory"
                : "the directory " + parent + " does not exist (Marsad makes no directories: create it first)";
        if (problem != null) {
            throw new RefusedOutput("cannot write " + out + ": " + problem);
        }
    }

    /** OUT and the companions named after it: the errors file and the journal. */
    static List<Path> files(Path out) {
        return List.of(out, sibling(out, ".errors.jsonl"), sibling(out, ".done"));
    }

    private static Path sibling(Path out, String suffix) {
        return out.resolveSibling(out.getFileName() + suffix);
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
        return journal != null && done.contains(key(unit));
    }

    int resumedUnits() {
        return done.size();
    }

    long previousErrors() {
        return previousErrors;
    }

    /** The unit as the journal names it: by its file's canonical path. */
    private String key(Unit unit) {
        String path;
        synchronized (canonical) {
            path = canonical.computeIfAbsent(unit.path(), InputFile::canonical);
        }
        return new Unit(path, unit.line(), unit.record()).toString();
    }

    /**
     * Writes a finished unit whole, then journals it. Units a previous run finished are ignored.
     *
     * @throws OutputFailure when a file cannot be written; the unit is then not journaled
     */
    synchronized void complete(UnitResult result) {
        if (isDone(result.unit())) {
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
                journal.append(records.count, errors.count, key(result.unit()));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new OutputFailure(name, e);
        }
    }

    private static byte[] errorLine(InputError error) {
        return (error.toJson() + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the format's end and closes the files, which releases the journal's lock. */
    @Override
    public void close() {
        try (records; journal) {
            writer.close();
            if (errors != null) {
                errors.close();
            }
        } catch (IOException | UncheckedIOException e) {
            throw new OutputFailure(name, e);
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
