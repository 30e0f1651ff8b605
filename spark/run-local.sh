#!/usr/bin/env bash
# Runs the Spark job in local mode (no Spark installation needed): builds the module, then runs
# SparkAnnotate with `java` on the module's jar, its dependencies (spark/target/lib, what
# spark-submit would be given) and Spark's jars (spark/target/spark-classpath.txt).
#   spark/run-local.sh [INPUT... -o OUT [--overwrite]]     default: corpus/samples/wire.jsonl -o target/spark-out --overwrite
# MARSAD_SPARK_MASTER (default local[2]) and MARSAD_JAVA_OPTS (default -Xmx4g) tune the run.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then
  set -- corpus/samples/wire.jsonl -o target/spark-out --overwrite
fi
mvn -q -pl spark -am package -DskipTests
# Spark 4 on Java 17 reaches into JDK internals: spark/jvm.args opens them (as in the tests).
exec java ${MARSAD_JAVA_OPTS:--Xmx4g} @spark/jvm.args \
  -Dlog4j2.configurationFile=spark/log4j2.properties -Dspark.master="${MARSAD_SPARK_MASTER:-local[2]}" -Dspark.ui.enabled=false -Dspark.driver.host=127.0.0.1 \
  -Dspark.sql.shuffle.partitions=2 \
  -cp "spark/target/marsad-spark.jar:spark/target/lib/*:$(cat spark/target/spark-classpath.txt)" org.marsad.spark.SparkAnnotate "$@"
