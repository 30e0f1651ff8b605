package org.marsad.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.marsad.batch.UnitSet;

/**
 * The job's output folder, replaced whole: a run writes into a hidden temporary folder beside
 * OUT ({@code .OUT.marsad-tmp-APP}) and only a finished run takes OUT's place, by renames. A
 * reader sees the old OUT or the new one, never a mix (between the two renames, for an instant,
 * none; should the driver die there, the old one is left as {@code .OUT.marsad-old-APP}). A failed
 * run leaves OUT as it was.
 */
final class OutFolder {
    static final String RECORDS = "records";
    static final String ERRORS = "errors";
    static final String UNITS = "units";
    static final String SUMMARY = "_SUMMARY.json";

    private final FileSystem fs;
    private final Path out;
    private final Path temp;
    private final Path old;
    private final boolean previous;

    private OutFolder(FileSystem fs, Path out, String run, boolean previous) {
        this.fs = fs;
        this.out = out;
        this.temp = new Path(out.getParent(), "." + out.getName() + ".marsad-tmp-" + run);
        this.old = new Path(out.getParent(), "." + out.getName() + ".marsad-old-" + run);
        this.previous = previous;
    }

    /**
     * The output of a run named {@code run} (the application id).
     *
     * @throws RefusedJob when OUT is there and the options neither replace nor extend it
     */
    static OutFolder open(JobOptions options, Configuration conf, String run) throws IOException, RefusedJob {
        Path out = new Path(options.out());
        FileSystem fs = out.getFileSystem(conf);
        out = fs.makeQualified(out);
        boolean exists = fs.exists(out);
        if (exists && !fs.getFileStatus(out).isDirectory()) {
            throw new RefusedJob("cannot write " + out + ": it is a file, not the job's output folder");
        }
        if (exists && !options.overwrite() && !options.incremental()) {
            throw new RefusedJob(out + " exists: --overwrite replaces it, --incremental adds the inputs it lacks");
        }
        if (exists && options.incremental() && !fs.exists(new Path(out, UNITS))) {
            throw new RefusedJob("cannot add to " + out + ": it has no " + UNITS
                    + "/ (not written by this job, or by an older one); replace it with --overwrite");
        }
        return new OutFolder(fs, out, run, exists && options.incremental());
    }

    /** Where the run writes its subfolder {@code name}. */
    String temp(String name) {
        return new Path(temp, name).toString();
    }

    /** The part files of OUT's subfolder {@code name} in name order (input order), when the run adds to OUT. */
    List<String> previousParts(String name) throws IOException {
        if (!previous) {
            return List.of();
        }
        FileStatus[] files = fs.listStatus(new Path(out, name), p -> p.getName().startsWith("part-"));
        return Arrays.stream(files).map(f -> f.getPath().toString()).sorted().toList();
    }

    /** The keys of the units OUT holds, when the run adds to OUT; none otherwise. */
    UnitSet previousUnits() throws IOException {
        UnitSet units = new UnitSet();
        for (String part : previousParts(UNITS)) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(new Path(part)), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    units.add(line);
                }
            }
        }
        // Sorted here, once, rather than on first use in every executor.
        units.contains("");
        return units;
    }

    void writeSummary(String json) throws IOException {
        try (OutputStream file = fs.create(new Path(temp, SUMMARY), false)) {
            file.write((json + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Puts the finished run in OUT's place. */
    void commit() throws IOException {
        if (fs.exists(out) && !fs.rename(out, old)) {
            throw new IOException("cannot move " + out + " aside to " + old);
        }
        if (!fs.rename(temp, out)) {
            throw new IOException("cannot rename " + temp + " to " + out + (fs.exists(old) ? " (the previous output is in " + old + ")" : ""));
        }
        fs.delete(old, true);
    }

    /** Removes what a failed run wrote; OUT is untouched. */
    void discard() throws IOException {
        fs.delete(temp, true);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
