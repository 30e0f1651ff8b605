package org.marsad.spark;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.apache.spark.util.TaskCompletionListener;
import org.marsad.batch.UnitSet;

/**
 * {@code marsad annotate} as a Spark job: JSON Lines documents, .txt/.html pages and WARC archives
 * (optionally gzipped) from any path Spark reads, annotated partition by partition, written as
 * the CLI's JSON Lines records to {@code OUT/records}, its error lines to {@code OUT/errors}, the
 * keys of the input units finished to {@code OUT/units} and the counts to {@code OUT/_SUMMARY.json}
 * (optionally also {@code OUT/parquet}). Records keep input order across the part files. A bad
 * input becomes an error line, never a failed task.
 *
 * <p>Exit status: 0 when the job completed, whatever is in the errors; 2 when it was refused
 * before writing anything; 1 when it failed. Schedulers record a non-zero driver as a failed
 * application, which is what a job with some bad inputs is not.
 */
public final class SparkAnnotate {
    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_REFUSED = 2;

    private SparkAnnotate() {
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("marsad-spark: " + e.getMessage());
            System.exit(EXIT_REFUSED);
            return;
        }
        // spark-submit sets the master; a plain `java` run (run-local.sh) falls back to local mode.
        SparkConf conf = new SparkConf().setAppName("marsad").setIfMissing("spark.master", "local[*]");
        conf.set("spark.plugins", ModelPreload.pluginsWith(conf.get("spark.plugins", null)));
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        int status;
        try {
            status = exitStatus(spark, options);
        } finally {
            spark.stop();
        }
        System.exit(status);
    }

    /** Runs the job, says how it ended in one line on stderr and returns the exit status. */
    static int exitStatus(SparkSession spark, JobOptions options) {
        try {
            Summary summary = run(spark, options);
            System.err.println("marsad-spark: " + summary + " into " + options.out()
                    + (summary.errors() > 0 ? " (error lines in " + options.out() + "/" + OutFolder.ERRORS + ")" : ""));
            return EXIT_OK;
        } catch (RefusedJob e) {
            System.err.println("marsad-spark: " + e.getMessage());
            return EXIT_REFUSED;
        } catch (IOException | RuntimeException e) {
            e.printStackTrace();
            System.err.println("marsad-spark: the job failed, " + options.out() + " is as it was: " + e);
            return EXIT_FAILED;
        }
    }

    /**
     * Annotates the inputs into OUT, which it replaces whole once the run is done (or, with
     * --incremental, extends by the input units it lacks).
     *
     * @throws RefusedJob before anything is written, when no input is there at all or OUT may not be written
     */
    public static Summary run(SparkSession spark, JobOptions options) throws IOException, RefusedJob {
        long start = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = sc.hadoopConfiguration();
        JobInputs inputs = JobInputs.list(options.inputs(), hadoop);
        if (inputs.nothingFound()) {
            throw new RefusedJob("no input to annotate: " + String.join("; ", inputs.errors()));
        }
        OutFolder out = OutFolder.open(options, hadoop, sc.sc().applicationId());
        try {
            UnitSet before = out.previousUnits();
            Broadcast<UnitSet> done = sc.broadcast(before);
            Broadcast<SerializableConfiguration> conf = sc.broadcast(new SerializableConfiguration(hadoop));
            JavaRDD<Output> annotated = inputs.rdd(sc)
                    .mapPartitions(units -> {
                        PartitionOutputs outputs = new PartitionOutputs(new Worker(done.value(), conf.value().value()), units);
                        TaskContext.get().addTaskCompletionListener((TaskCompletionListener) task -> outputs.close());
                        return outputs;
                    })
                    .union(sc.parallelize(inputs.errors(), 1).map(Output::error))
                    // Records, errors, units and the counts are separate actions: annotate once.
                    .persist(StorageLevel.MEMORY_AND_DISK());
            try {
                write(sc, annotated, Output.Kind.RECORD, out.previousParts(OutFolder.RECORDS), out.temp(OutFolder.RECORDS));
                write(sc, annotated.coalesce(1), Output.Kind.ERROR, out.previousParts(OutFolder.ERRORS),
                        out.temp(OutFolder.ERRORS));
                write(sc, annotated, Output.Kind.UNIT, out.previousParts(OutFolder.UNITS), out.temp(OutFolder.UNITS));
                if (options.parquet()) {
                    spark.read().json(out.temp(OutFolder.RECORDS)).write().parquet(out.temp("parquet"));
                }
                long[] counts = annotated.aggregate(new long[4], SparkAnnotate::count, SparkAnnotate::add);
                Summary summary = new Summary(counts[0], counts[1], counts[2], counts[3], before.size(),
                        (System.nanoTime() - start) / 1e9);
                out.writeSummary(summary.toJson());
                out.commit();
                return summary;
            } finally {
                annotated.unpersist();
            }
        } catch (IOException | RuntimeException e) {
            out.discard();
            throw e;
        }
    }

    /**
     * Writes the outputs of one kind into {@code dir}, after OUT's lines of that kind when the run
     * adds to OUT. Plain text files through the RDD API: Spark SQL's writer would first start the
     * SQL engine (seconds of a short job's fixed cost) for the same part files.
     */
    private static void write(JavaSparkContext sc, JavaRDD<Output> annotated, Output.Kind kind, List<String> previous,
                              String dir) {
        JavaRDD<String> lines = annotated.filter(o -> o.kind() == kind).map(Output::json);
        if (!previous.isEmpty()) {
            // Listed files are read in the order given, so earlier runs' lines keep their order.
            JavaRDD<String> kept = sc.textFile(String.join(",", previous));
            lines = kind == Output.Kind.ERROR ? kept.union(lines).coalesce(1) : kept.union(lines);
        }
        lines.saveAsTextFile(dir);
    }

    /** Documents, words, error lines and units. */
    private static long[] count(long[] counts, Output output) {
        switch (output.kind()) {
            case RECORD -> {
                counts[0]++;
                counts[1] += output.words();
            }
            case ERROR -> counts[2]++;
            case UNIT -> counts[3]++;
        }
        return counts;
    }

    private static long[] add(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] += b[i];
        }
        return a;
    }
}
