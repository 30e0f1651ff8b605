package org.marsad.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A run's journal ({@code OUT.done}) and the lock that makes the run the only writer of its output.
 *
 * <p>The first line is the command the output is made by, {@code {"format":…,"inputs":[…]}}
 * (canonical paths); then one line per finished input unit, {@code [records bytes, errors bytes,
 * "unit"]} (see {@link RunOutput}). {@code --resume} refuses a journal of another format or other
 * inputs: appending CoNLL-U to JSON Lines, or skipping units of files this run does not read,
 * would corrupt the output.
 *
 * <p>The journal file is locked (an OS file lock, released by the OS when the process ends, even
 * by kill -9) for as long as the run writes, and it is locked before anything is truncated: a
 * second run on the same OUT is refused without touching the first one's files.
 */
final class Journal implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Sizes of the records, errors and journal files after the journal's last whole line. */
    private record Sizes(long records, long errors, long journal) {
        static final Sizes NONE = new Sizes(0, 0, 0);
    }

    private final FileChannel channel;
    private final OutputStream out;
    private final UnitSet done;
    private final Sizes sizes;

    private Journal(FileChannel channel, UnitSet done, Sizes sizes) {
        this.channel = channel;
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 12);
        this.done = done;
        this.sizes = sizes;
    }

    /**
     * Locks the journal of {@code output}, then reads it when resuming (and truncates it to its
     * last whole line) or empties it, and writes the command line when it is empty.
     */
    static Journal open(Path file, Path output, boolean resume, RunCommand command) throws IOException, RefusedOutput {
        // Opened without truncating: the file is another run's until it is locked.
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            if (!lock(channel)) {
                throw new RefusedOutput("another run is writing " + output + " (its journal " + file + " is locked)");
            }
            UnitSet done = new UnitSet();
            Sizes sizes = resume ? read(file, output, command, done) : Sizes.NONE;
            channel.truncate(sizes.journal());
            channel.position(sizes.journal());
            Journal journal = new Journal(channel, done, sizes);
            if (sizes.journal() == 0) {
                journal.writeLine(JSON.writeValueAsBytes(header(command)));
            }
            return journal;
        } catch (IOException | RefusedOutput | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static boolean lock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock() != null;
        } catch (OverlappingFileLockException e) {
            return false;   // held by this very process, by another run in it
        }
    }

    private static ObjectNode header(RunCommand command) {
        ObjectNode header = JSON.createObjectNode();
        header.put("format", command.format().label());
        command.inputs().forEach(header.putArray("inputs")::add);
        return header;
    }

    /** Collects the journal's units after checking its command; returns the sizes after its last whole line. */
    private static Sizes read(Path file, Path output, RunCommand command, UnitSet done) throws IOException, RefusedOutput {
        Sizes sizes = Sizes.NONE;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long offset = 0;
            for (int b = in.read(); b >= 0; b = in.read()) {
                offset++;
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line.toString(StandardCharsets.UTF_8));
                } catch (JsonProcessingException e) {
                    break;
                }
                line.reset();
                if (sizes.journal() == 0) {
                    check(node, output, command);
                    sizes = new Sizes(0, 0, offset);
                } else {
                    done.add(node.get(2).asText());
                    sizes = new Sizes(node.get(0).asLong(), node.get(1).asLong(), offset);
                }
            }
        }
        return sizes;
    }

    private static void check(JsonNode header, Path output, RunCommand command) throws RefusedOutput {
        if (!header.isObject()) {
            throw new RefusedOutput("cannot resume " + output + ": its journal was written by an older Marsad, "
                    + "which did not record the command; run again without --resume");
        }
        String format = header.path("format").asText();
        if (!format.equals(command.format().label())) {
            throw new RefusedOutput("cannot resume " + output + ": it was written as " + format + ", not "
                    + command.format().label() + " (resume with --format " + format + ")");
        }
        List<String> inputs = new ArrayList<>();
        header.path("inputs").forEach(input -> inputs.add(input.asText()));
        if (!inputs.equals(command.inputs())) {
            throw new RefusedOutput("cannot resume " + output + ": it was written from other inputs ("
                    + String.join(", ", inputs) + "); resume with the same inputs");
        }
    }

    long recordsSize() {
        return sizes.records();
    }

    long errorsSize() {
        return sizes.errors();
    }

    UnitSet done() {
        return done;
    }

    /** Records a finished unit, with the sizes of the records and errors files once it is in them. */
    void append(long records, long errors, String unit) throws IOException {
        writeLine(JSON.writeValueAsBytes(List.of(records, errors, unit)));
    }

    private void writeLine(byte[] line) throws IOException {
        out.write(line);
        out.write('\n');
        out.flush();
    }

    /** Closes the journal, which releases the lock. */
    @Override
    public void close() throws IOException {
        try (channel) {
            out.flush();
        }
    }
}
