#!/usr/bin/env bash
# A standalone Apache Spark cluster on this machine (one master, two workers of one core each, all on 127.0.0.1) made
# of the jars Maven resolved for the project (no Spark download), the extraction submitted to it with 1 and then 2
# executors, and the same articles extracted by the single-JVM build for comparison; the cluster is stopped at the end.
# Usage: bench/spark-cluster.sh [COUNT] [ARTICLES_DIR]     (default: the first 30 articles of data/eval/articles)
# Prints one line per run: mode, articles, extraction wall time, articles per minute, CPU-s per article, heap in use.
# Run it through the machine's heavy-job slot where one exists (each run loads CoreNLP; up to four JVMs at once).
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-30}
SOURCE=${2:-data/eval/articles}
WORK=target/spark-bench
SPARK_HOME=$PWD/target/spark-home
PORT=${SPARK_BENCH_PORT:-7177}
EXECUTOR_MEMORY=${SPARK_EXECUTOR_MEMORY:-3g}
# What Spark 3.5 needs opened on Java 17 (bin/spark-class adds the same).
OPENS="--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED"

mvn -B -q -o package -DskipTests
# Spark's "installation": its jars/ folder holds links to the project's compile and provided dependencies, so the
# master, the workers, their executors and the driver run on the same library versions as the local-mode test.
mvn -B -q -o dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile=target/spark.cp >/dev/null
rm -rf "$SPARK_HOME" "$WORK"
mkdir -p "$SPARK_HOME/jars" "$WORK/articles" "$WORK/logs"
tr ':' '\n' < target/spark.cp | while read -r jar; do ln -s "$jar" "$SPARK_HOME/jars/"; done
ls "$SOURCE" | grep -E '\.(txt|md|html?|pdf)$' | sort | head -n "$COUNT" | while read -r f; do cp "$SOURCE/$f" "$WORK/articles/"; done
for c in "$SOURCE/sources.ttl" "$SOURCE/../sources.ttl"; do [[ -f $c ]] && { cp "$c" "$WORK/articles/sources.ttl"; break; }; done
N=$(ls "$WORK/articles" | grep -vc '^sources.ttl$')
export SPARK_HOME SPARK_SCALA_VERSION=2.12 SPARK_LOCAL_IP=127.0.0.1

PIDS=()
stop() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT

java -Xmx512m -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$PORT" \
  --webui-port $((PORT + 1)) > "$WORK/logs/master.log" 2>&1 & PIDS+=($!)
for w in 1 2; do
  java -Xmx512m -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 \
    --memory 4g --work-dir "$PWD/$WORK/worker-$w" --webui-port $((PORT + 1 + w)) "spark://127.0.0.1:$PORT" \
    > "$WORK/logs/worker-$w.log" 2>&1 & PIDS+=($!)
done
for i in $(seq 1 60); do
  [[ $(grep -l "Successfully registered with master" "$WORK"/logs/worker-*.log 2>/dev/null | wc -l) == 2 ]] && break
  sleep 1
  [[ $i == 60 ]] && { echo "spark-cluster: the workers did not register; see $WORK/logs" >&2; exit 1; }
done

report() { # mode, log file
  local line
  line=$(grep -E '^extracted [0-9]+ articles on Spark' "$2" || true)
  if [[ -n $line ]]; then
    awk -v mode="$1" -v n="$N" '{ for (i = 1; i <= NF; i++) { if ($i == "in" && s == "") s = $(i+1); if ($i == "CPU-s") c = $(i-1); if ($i == "MB") h = $(i-1) } }
      END { printf "%-22s %3d articles  %7.1f s  %6.1f articles/min  %5.2f CPU-s/article  heap in use %s MB\n", mode, n, s, n * 60 / s, c, h }' <<< "$line"
  else
    s=$(grep -E '^extract: ' "$2" | awk '{ print $2 }')
    awk -v mode="$1" -v n="$N" -v s="$s" 'BEGIN { printf "%-22s %3d articles  %7.1f s  %6.1f articles/min\n", mode, n, s, n * 60 / s }'
  fi
}

for threads in 1 2; do
  rm -rf "$WORK/db-single"
  java -Xmx3g -Xss4m -jar target/plenary.jar build --articles "$WORK/articles" --db "$WORK/db-single" --threads "$threads" \
    --verbose > "$WORK/logs/single-$threads.log" 2>&1
  report "single JVM, $threads thread(s)" "$WORK/logs/single-$threads.log"
done
for executors in 1 2; do
  rm -rf "$WORK/db-spark"
  java $OPENS -Xmx1g -Xss4m -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit \
    --master "spark://127.0.0.1:$PORT" --class org.plenary.spark.SparkBuild \
    --conf spark.ui.enabled=false --conf spark.driver.host=127.0.0.1 --conf "spark.executor.extraJavaOptions=$OPENS -Xss4m" \
    --executor-memory "$EXECUTOR_MEMORY" --executor-cores 1 --total-executor-cores "$executors" \
    target/plenary.jar --articles "$WORK/articles" --db "$WORK/db-spark" --extract-only > "$WORK/logs/spark-$executors.log" 2>&1
  report "Spark, $executors executor(s)" "$WORK/logs/spark-$executors.log"
done
