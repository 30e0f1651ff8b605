package org.marsad.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.write.OutputFormat;

/** The disk fills up part-way through a record: one clear line, no input blamed, and --resume finishes the run. */
class FullDiskTest {

    /** A disk with room for {@code room} more bytes: a write past them writes what fits, then fails as Linux does. */
    private static final class FullDisk extends FilterOutputStream {
        private long room;

        FullDisk(OutputStream out, long room) {
            super(out);
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            int fits = (int) Math.min(length, room);
            out.write(bytes, offset, fits);
            room -= fits;
            if (fits < length) {
                throw new IOException("No space left on device");
            }
        }
    }

    @Test
    void aFullDiskStopsTheRunWithOneLineAndResumeFinishesIt(@TempDir Path dir) throws IOException {
        Path input = BatchRuns.documents(dir.resolve("in.jsonl"), 20);
        Path out = dir.resolve("out.jsonl");
        // Room for about three and a half records of some 21 kB each.
        BatchRuns.Result full = BatchRuns.run(List.of(input.toString()), out, OutputFormat.JSONL, false,
                stream -> new FullDisk(stream, 75_000));
        assertThat(full.code()).isEqualTo(BatchRun.EXIT_OUTPUT_FAILED);
        List<String> lines = full.stderr().lines().toList();
        assertThat(lines.get(lines.size() - 1)).isEqualTo("marsad: cannot write " + out + ": No space left on device; "
                + "what was written is journaled: once that is fixed, the same command with --resume finishes the run");
        assertThat(full.stderr()).doesNotContain("\tat ", "Exception", "suppress", "marsad: skipped");
        assertThat(BatchRuns.lines(out)).isLessThan(20);

        BatchRuns.Result resumed = BatchRuns.run(List.of(input.toString()), out, OutputFormat.JSONL, true);
        assertThat(resumed.code()).isZero();
        Path whole = dir.resolve("whole.jsonl");
        assertThat(BatchRuns.run(List.of(input.toString()), whole, OutputFormat.JSONL, false).code()).isZero();
        assertThat(Files.readString(out)).isEqualTo(Files.readString(whole));
    }
}
