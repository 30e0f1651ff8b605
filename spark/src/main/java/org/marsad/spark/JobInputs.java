package org.marsad.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.marsad.read.InputError;
import org.marsad.read.InputFile;

/**
 * The job's inputs, listed on the driver: each file with the id its pages take (as the CLI's:
 * a directory's files by their path under it, without extensions; a file or glob match by its
 * stem), and an error line for each input that is missing, unreadable or of no known type.
 */
final class JobInputs {
    private static final String SUPPORTED = "unsupported file type (expected .txt, .html, .htm, .jsonl or .warc, optionally .gz)";

    /** File URI → id, by kind, in input order. */
    private final Map<String, String> jsonl = new LinkedHashMap<>();
    private final Map<String, String> pages = new LinkedHashMap<>();
    private final Map<String, String> warcs = new LinkedHashMap<>();
    private final List<String> errors = new ArrayList<>();

    static JobInputs list(List<String> inputs, Configuration conf) {
        JobInputs listed = new JobInputs();
        for (String input : inputs) {
            listed.expand(input, conf);
        }
        return listed;
    }

    /** Whether no input file was found at all (every input missing): a usage error, not a run. */
    boolean nothingFound() {
        return jsonl.isEmpty() && pages.isEmpty() && warcs.isEmpty() && !errors.isEmpty();
    }

    List<String> errors() {
        return errors;
    }

    /**
     * The inputs as units for the executors, in input order by kind: JSONL lines (split as Spark
     * splits the files; textFile reads .gz too), then page files, then web archives, one
     * partition per archive (a WARC is read record by record, from member to member).
     */
    JavaRDD<Input> rdd(JavaSparkContext sc) {
        List<JavaRDD<Input>> parts = new ArrayList<>();
        jsonl.forEach((path, id) -> parts.add(sc.textFile(path).zipWithIndex()
                .map(line -> new Input.JsonLine(path, id, line._2() + 1, line._1()))));
        if (!pages.isEmpty()) {
            Map<String, String> ids = pages;
            parts.add(sc.binaryFiles(String.join(",", pages.keySet()))
                    .map(file -> new Input.PageFile(file._1(), ids.get(file._1()), file._2().toArray())));
        }
        if (!warcs.isEmpty()) {
            List<Input> archives = warcs.entrySet().stream()
                    .<Input>map(warc -> new Input.WarcFile(warc.getKey(), warc.getValue())).toList();
            parts.add(sc.parallelize(archives, archives.size()));
        }
        @SuppressWarnings("unchecked")
        JavaRDD<Input>[] sources = parts.toArray(JavaRDD[]::new);
        return sources.length == 0 ? sc.emptyRDD() : sc.union(sources);
    }

    private void expand(String input, Configuration conf) {
        try {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                errors.add(new InputError(input, 0, "no such file or directory").toJson());
                return;
            }
            for (FileStatus match : matches) {
                if (!match.isDirectory()) {
                    add(match.getPath(), InputFile.under(null, java.nio.file.Path.of(match.getPath().getName())));
                    continue;
                }
                List<LocatedFileStatus> under = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(match.getPath(), true);
                while (it.hasNext()) {
                    under.add(it.next());
                }
                under.sort(Comparator.comparing(f -> f.getPath().toString()));
                java.nio.file.Path root = java.nio.file.Path.of(match.getPath().toUri().getPath());
                for (LocatedFileStatus file : under) {
                    add(file.getPath(), InputFile.under(root, java.nio.file.Path.of(file.getPath().toUri().getPath())));
                }
            }
        } catch (IOException e) {
            errors.add(new InputError(input, 0, "cannot read: " + e.getMessage()).toJson());
        }
    }

    private void add(Path path, InputFile file) {
        String uri = path.toString();
        switch (file.extension()) {
            case "jsonl" -> jsonl.put(uri, file.id());
            case "txt", "html", "htm" -> pages.put(uri, file.id());
            case "warc" -> warcs.put(uri, file.id());
            default -> errors.add(new InputError(uri, 0, SUPPORTED).toJson());
        }
    }
}
