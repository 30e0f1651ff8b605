#!/usr/bin/env bash
# A standalone Spark cluster on this machine, from the Spark jars Maven fetched (no Spark
# installation needed): a master and WORKERS workers of one core each on 127.0.0.1, each its own
# JVM, as StandaloneClusterTest starts them. Logs and work folders go to spark/target/standalone/.
#   spark/standalone.sh start [WORKERS]    (default 2) prints the master's URL
#   spark/standalone.sh submit ARGS...     spark-submit in client mode: the job jar, then the job's arguments
#   spark/standalone.sh archive DIR        one submission on the sample documents that writes the driver's and
#                                          executors' class-data archives (DIR/driver.jsa, DIR/executor.jsa)
#   spark/standalone.sh stop
# MARSAD_SUBMIT_OPTS adds spark-submit options (--conf spark.jars=local:/path/marsad-spark-job.jar …).
# MARSAD_CLASS_ARCHIVES=DIR: submit starts the driver and the executors from DIR's archives (a JVM
# whose classpath no longer matches its archive warns and starts without it).
set -euo pipefail
cd "$(dirname "$0")"
run=target/standalone
export SPARK_HOME="$PWD/target/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
java_cmd=(java -Xmx1g @jvm.args -Dlog4j2.configurationFile=log4j2.properties -cp "$SPARK_HOME/jars/*")

# spark-submit in client mode; $1 and $2 are extra JVM options for the driver and the executors (or empty).
submit() {
  local driver=$1 executor=$2
  shift 2
  "${java_cmd[@]}" ${driver:+"$driver"} org.apache.spark.deploy.SparkSubmit --master spark://127.0.0.1:7077 \
    --deploy-mode client --class org.marsad.spark.SparkAnnotate --executor-memory 2500m \
    --conf "spark.executor.extraJavaOptions=$(paste -sd' ' jvm.args)${executor:+ $executor}" \
    --conf spark.driver.host=127.0.0.1 --conf spark.ui.enabled=false ${MARSAD_SUBMIT_OPTS:-} "$@"
}

case "${1:-}" in
  start)
    # Spark's jars, as an installation's jars/ folder: workers build their executors' classpath from it.
    mkdir -p "$SPARK_HOME/jars" "$run"
    for jar in $(tr ':' ' ' < target/spark-classpath.txt) $(tr ':' ' ' < target/spark-shared-classpath.txt); do
      ln -sf "$jar" "$SPARK_HOME/jars/"
    done
    "${java_cmd[@]}" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 7077 --webui-port 8080 \
      > "$run/master.log" 2>&1 & echo $! > "$run/master.pid"
    for n in $(seq 1 "${2:-2}"); do
      "${java_cmd[@]}" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 --memory 3g --webui-port 0 \
        --work-dir "$PWD/$run/work$n" spark://127.0.0.1:7077 > "$run/worker$n.log" 2>&1 & echo $! > "$run/worker$n.pid"
    done
    echo spark://127.0.0.1:7077 ;;
  submit)
    shift
    archives=${MARSAD_CLASS_ARCHIVES:+$(realpath "$MARSAD_CLASS_ARCHIVES")}
    submit "${archives:+-XX:SharedArchiveFile=$archives/driver.jsa}" \
      "${archives:+-XX:SharedArchiveFile=$archives/executor.jsa}" "$@" ;;
  archive)
    # Class-data sharing (JDK 17's dynamic archives): the classes a run loads, parsed and verified,
    # are mapped from the archive when the next JVM starts instead of read from the jars again:
    # Spark's start-up in the driver and in each executor is mostly loading classes.
    archives=$(mkdir -p "$2" && realpath "$2")
    rm -f "$archives"/*.jsa
    submit "-XX:ArchiveClassesAtExit=$archives/driver.jsa" "-XX:ArchiveClassesAtExit=$archives/executor.jsa" \
      --conf spark.cores.max=1 "local:$PWD/target/marsad-spark-job.jar" ../corpus/samples/wire.jsonl -o "$archives/out" --overwrite \
      > "$archives/archive.log" 2>&1
    # One executor (spark.cores.max), which writes its archive as it exits, after the application has ended.
    for _ in $(seq 1 30); do [ -f "$archives/executor.jsa" ] && break; sleep 1; done
    ls "$archives/driver.jsa" "$archives/executor.jsa" ;;
  stop)
    for pid in "$run"/*.pid; do
      kill "$(cat "$pid")" 2>/dev/null || true
      rm -f "$pid"
    done ;;
  *) sed -n '2,13p' "$0"; exit 2 ;;
esac
