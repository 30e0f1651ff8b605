#!/usr/bin/env bash
# The Spark job on a standalone cluster beside the CLI, side by side on this machine:
#   spark/bench-cluster.sh throughput ARTICLES.jsonl
#       one one-core worker's executor and the CLI with one thread annotate the same articles at
#       the same time (each gets a core), then the records are compared; prints each one's
#       wall time and words/s (per executor core, per CLI thread).
#   spark/bench-cluster.sh fixed [RUNS] [WORKERS]
#       the fixed cost: the 3 documents of corpus/samples/wire.jsonl on a cluster of WORKERS (2) one-core
#       workers with the job jar pre-staged (local:), one run after another, against the CLI on
#       the same 3 documents (both load the models; the difference is what the cluster adds);
#       each run submits twice, without and with class-data archives (standalone.sh archive).
# Needs `mvn -pl spark -am package` and `./marsad` built; writes under /tmp/marsad-bench-cluster.
set -euo pipefail
cd "$(dirname "$0")"
work=/tmp/marsad-bench-cluster
jar="local:$PWD/target/marsad-spark-job.jar"
cli=(java -Xmx2500m -XX:+UseParallelGC -jar ../tools/target/marsad.jar annotate)
mkdir -p "$work"
seconds() { local start=$1; echo "$(( $(date +%s%N) - start ))" | awk '{printf "%.1f", $1 / 1e9}'; }

case "${1:-}" in
  throughput)
    in=$(realpath "$2")
    ./standalone.sh start 1 > /dev/null
    trap './standalone.sh stop' EXIT
    sleep 5
    rm -rf "$work/cluster" "$work/cli.jsonl"*
    start=$(date +%s%N)
    ( ./standalone.sh submit "$jar" "$in" -o "$work/cluster" > "$work/cluster.log" 2>&1; echo "cluster: $(seconds "$start") s wall" ) &
    ( "${cli[@]}" "$in" -o "$work/cli.jsonl" --threads 1 -q > "$work/cli.log" 2>&1 || true; echo "cli: $(seconds "$start") s wall" ) &
    wait
    tail -n 1 "$work/cluster.log"; tail -n 1 "$work/cli.log"
    python3 - "$work" <<'PY'
import glob, json, sys
def records(files):
    out = {}
    for name in files:
        for line in open(name, encoding='utf-8'):
            record = json.loads(line)
            record['source'].pop('path', None)
            out[record['id']] = record
    return out
cli = records([sys.argv[1] + '/cli.jsonl'])
cluster = records(sorted(glob.glob(sys.argv[1] + '/cluster/records/part-*')))
same = sum(1 for k, v in cli.items() if cluster.get(k) == v)
print(f"records: CLI {len(cli)}, cluster {len(cluster)}, identical but for source.path: {same}")
PY
    ;;
  fixed)
    ./standalone.sh start "${3:-2}" > /dev/null
    trap './standalone.sh stop' EXIT
    sleep 5
    ./standalone.sh archive "$work/archives" > /dev/null
    for run in $(seq 1 "${2:-3}"); do
      start=$(date +%s%N)
      ./standalone.sh submit "$jar" ../corpus/samples/wire.jsonl -o "$work/fixed" --overwrite 2> "$work/fixed.log" >&2
      cluster=$(seconds "$start")
      start=$(date +%s%N)
      MARSAD_CLASS_ARCHIVES="$work/archives" ./standalone.sh submit "$jar" ../corpus/samples/wire.jsonl \
        -o "$work/fixed" --overwrite 2> "$work/fixed-archives.log" >&2
      archived=$(seconds "$start")
      start=$(date +%s%N)
      "${cli[@]}" ../corpus/samples/wire.jsonl -o "$work/fixed.jsonl" --threads 2 -q
      echo "run $run: cluster $cluster s, cluster with class-data archives $archived s, CLI $(seconds "$start") s wall"
    done ;;
  *) sed -n '2,13p' "$0"; exit 2 ;;
esac
