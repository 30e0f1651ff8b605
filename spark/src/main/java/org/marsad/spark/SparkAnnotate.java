package org.marsad.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Spliterators;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.marsad.Marsad;
import org.marsad.batch.BatchRun;
import org.marsad.batch.UnitResult;
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

/**
 * {@code marsad annotate} as a Spark job: JSON Lines documents and .txt/.html pages (optionally
 * gzipped) from any path Spark reads, annotated partition by partition, written as the CLI's
 * JSON Lines records to {@code OUT/records} and its error lines to {@code OUT/errors} (optionally
 * also {@code OUT/parquet}). Records keep input order across the part files. A bad input becomes an
 * error line, never a failed task.
 *
 * <pre>SparkAnnotate INPUT... -o OUT [--parquet]</pre>
 */
public final class SparkAnnotate {

    /** One input unit on its way to an executor: a JSONL line ({@code line} > 0, {@code json}) or a page file ({@code bytes}). */
    record Input(String path, String fileId, long line, String json, byte[] bytes) implements Serializable {
    }

    /** One output line: a record, or an error line when {@code error}. */
    record Output(boolean error, String json, long words) implements Serializable {
    }

    /** What a run wrote. */
    public record Summary(long documents, long errors, long words, double seconds) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d documents, %,d words, %,d errors in %.1f s (%,.0f words/s)",
                    documents, words, errors, seconds, words / seconds);
        }
    }

    private SparkAnnotate() {
    }

    public static void main(String[] args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        boolean parquet = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-o", "--output" -> out = ++i < args.length ? args[i] : null;
                case "--parquet" -> parquet = true;
                default -> inputs.add(args[i]);
            }
        }
        if (out == null || inputs.isEmpty()) {
            System.err.println("usage: SparkAnnotate INPUT... -o OUT [--parquet]");
            System.exit(BatchRun.EXIT_CONFIG);
        }
        // spark-submit sets the master; a plain `java` run (run-local.sh) falls back to local mode.
        SparkConf conf = new SparkConf().setAppName("marsad").setIfMissing("spark.master", "local[*]");
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        Summary summary;
        try {
            summary = run(spark, inputs, out, parquet);
        } finally {
            spark.stop();
        }
        System.err.println("marsad-spark: " + summary);
        System.exit(summary.errors() == 0 ? BatchRun.EXIT_OK : BatchRun.EXIT_SOME_INPUTS_FAILED);
    }

    /** Annotates the inputs into {@code out}, replacing what is there. */
    public static Summary run(SparkSession spark, List<String> inputs, String out, boolean parquet) {
        long start = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<String> driverErrors = new ArrayList<>();
        List<JavaRDD<Input>> parts = new ArrayList<>();
        Map<String, String> pageIds = new HashMap<>();
        for (String input : inputs) {
            for (Map.Entry<FileStatus, String> file : list(input, sc.hadoopConfiguration(), driverErrors).entrySet()) {
                String path = file.getKey().getPath().toString();
                String id = file.getValue();
                switch (InputFile.under(null, java.nio.file.Path.of(file.getKey().getPath().getName())).extension()) {
                    // Line numbers make the CLI's ids (file:line) and error lines; textFile reads .gz too.
                    case "jsonl" -> parts.add(sc.textFile(path).zipWithIndex()
                            .map(line -> new Input(path, id, line._2() + 1, line._1(), null)));
                    case "txt", "html", "htm" -> pageIds.put(path, id);
                    default -> driverErrors.add(new InputError(path, 0,
                            "unsupported file type (expected .txt, .html, .htm or .jsonl, optionally .gz)").toJson());
                }
            }
        }
        if (!pageIds.isEmpty()) {
            parts.add(sc.binaryFiles(String.join(",", pageIds.keySet())).map(file -> new Input(file._1(),
                    pageIds.get(file._1()), 0, null, file._2().toArray())));
        }
        @SuppressWarnings("unchecked")
        JavaRDD<Input>[] sources = parts.toArray(JavaRDD[]::new);
        JavaRDD<Output> annotated = (sources.length == 0 ? sc.<Input>emptyRDD() : sc.union(sources))
                .mapPartitions(units -> {
                    Worker worker = new Worker();
                    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(units, 0), false)
                            .flatMap(unit -> worker.annotate(unit).stream()).iterator();
                })
                .union(sc.parallelize(driverErrors, 1).map(error -> new Output(true, error, 0)))
                // Records, errors, Parquet and the counts are separate actions: annotate once.
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<String> records = spark.createDataset(annotated.filter(o -> !o.error()).map(Output::json).rdd(),
                    Encoders.STRING());
            records.write().mode(SaveMode.Overwrite).text(out + "/records");
            // One errors file, as the CLI's.
            spark.createDataset(annotated.filter(Output::error).map(Output::json).rdd(), Encoders.STRING())
                    .coalesce(1).write().mode(SaveMode.Overwrite).text(out + "/errors");
            if (parquet) {
                spark.read().json(records).write().mode(SaveMode.Overwrite).parquet(out + "/parquet");
            }
            long documents = annotated.filter(o -> !o.error()).count();
            long errors = annotated.filter(Output::error).count();
            long words = annotated.map(Output::words).fold(0L, Long::sum);
            return new Summary(documents, errors, words, (System.nanoTime() - start) / 1e9);
        } finally {
            annotated.unpersist();
        }
    }

    /**
     * The files of one input with their ids: a directory is walked recursively in name order and
     * its files take their path under it, without extensions (as the CLI's); a file or glob match
     * takes its stem. A missing input is an error line.
     */
    private static Map<FileStatus, String> list(String input, Configuration conf, List<String> errors) {
        Map<FileStatus, String> files = new java.util.LinkedHashMap<>();
        try {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                errors.add(new InputError(input, 0, "no such file or directory").toJson());
                return files;
            }
            for (FileStatus match : matches) {
                if (!match.isDirectory()) {
                    files.put(match, InputFile.under(null, java.nio.file.Path.of(match.getPath().getName())).id());
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
                    files.put(file, InputFile.under(root, java.nio.file.Path.of(file.getPath().toUri().getPath())).id());
                }
            }
        } catch (IOException e) {
            errors.add(new InputError(input, 0, "cannot read: " + e.getMessage()).toJson());
        }
        return files;
    }

    /**
     * The annotation of one partition. Its models come from the executor JVM's shared pool
     * ({@link Marsad#standard()}), loaded by the first task and shared by the tasks running at once
     * in it: loading them takes seconds and hundreds of MB, so never per record or per partition.
     */
    static final class Worker {
        private final Marsad nlp = Marsad.standard();

        /** One input unit to its records and error lines, as the CLI's BatchRun does; never throws. */
        List<Output> annotate(Input input) {
            List<InputError> errors = new ArrayList<>();
            List<Output> out = new ArrayList<>();
            Page page = null;
            try {
                page = input.json() != null ? jsonLine(input, errors) : page(input);
            } catch (BadInputException e) {
                errors.add(new InputError(input.path(), input.line(), e.getMessage()));
            } catch (IOException | RuntimeException e) {
                errors.add(new InputError(input.path(), input.line(), "cannot read: " + e));
            }
            if (page != null) {
                UnitResult result = BatchRun.annotate(nlp, page);
                for (Document document : result.documents()) {
                    out.add(new Output(false, toJson(document), document.tokens().size()));
                }
                errors.addAll(result.errors());
            }
            errors.forEach(error -> out.add(new Output(true, error.toJson(), 0)));
            return out;
        }

        private static Page jsonLine(Input input, List<InputError> errors) {
            // Blank lines are skipped silently, as by the CLI.
            return input.json().isBlank() ? null : new InputReader(errors::add, InputStream.nullInputStream())
                    .parseLine(input.json(), input.path(), input.fileId(), input.line());
        }

        private static Page page(Input input) throws IOException, BadInputException {
            InputFile file = InputFile.under(null, java.nio.file.Path.of(new Path(input.path()).getName()));
            InputStream bytes = new java.io.ByteArrayInputStream(input.bytes());
            try (InputStream body = file.gzipped() ? new GZIPInputStream(bytes) : bytes) {
                boolean html = !file.extension().equals("txt");
                String text = TextDecoder.read(body, null, html, ReadOptions.DEFAULTS.maxChars());
                return new Page(input.fileId(), Source.ofPath(input.path()), html ? Page.Format.HTML : Page.Format.TEXT,
                        text, null, null);
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
}
