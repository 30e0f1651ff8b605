package org.marsad.spark;

import org.apache.spark.sql.SparkSession;

/** The local Spark session the job's tests run on: two threads, no UI, on the loopback address. */
final class LocalSpark {
    private LocalSpark() {
    }

    static SparkSession session() {
        return SparkSession.builder().master("local[2]").appName("marsad-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }
}
