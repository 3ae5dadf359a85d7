#!/usr/bin/env bash
# Two builds of Kezhi compared on one operation, on this machine, against the same bench database
# (see docs/performance.md, "Comparing two builds").
#
# usage: bench/compare.sh --base JAR --candidate JAR [--operation customer-list] [--rounds 6] [--window 20]
#                         [--warm-up 120] [--concurrency 2] [--db postgres|mariadb] [--database kezhi_bench]
#
#   --base, --candidate  the two application jars (e.g. target/kezhi-crm.jar of two commits); each is copied first
#   --operation          one of the load scenarios' operations (default customer-list)
#   --rounds, --window   rounds of one window per build, seconds per window (default 6 rounds of 20 s)
#   --warm-up            seconds of the operation each build gets before the rounds (default 120)
#   --concurrency        users at once in a window (default 2, as bench/run.sh measures each operation)
#
# The database must exist (bench/generate.sh). Both applications run at once, each with -Xmx512m as in
# bench/run.sh, and take turns; the output (bench/target/compare/comparison.txt and .json) gives each window,
# each build's requests pooled, and the candidate's figures over the base's, round by round.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
root=$(pwd)

base_jar="" candidate_jar="" operation=customer-list rounds=6 window=20 warm_up=120 concurrency=2
db=postgres name=kezhi_bench
while [ $# -gt 0 ]; do
  case "$1" in
    --base) base_jar="$2"; shift 2 ;;
    --candidate) candidate_jar="$2"; shift 2 ;;
    --operation) operation="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --window) window="$2"; shift 2 ;;
    --warm-up) warm_up="$2"; shift 2 ;;
    --concurrency) concurrency="$2"; shift 2 ;;
    --db) db="$2"; shift 2 ;;
    --database) name="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -f "$base_jar" ] || { echo "--base must name an application jar" >&2; exit 2; }
[ -f "$candidate_jar" ] || { echo "--candidate must name an application jar" >&2; exit 2; }
bench_database "$db" "$name"

out=$root/bench/target/compare
rm -rf "$out" && mkdir -p "$out/feeders"
cp "$base_jar" "$out/base.jar"
cp "$candidate_jar" "$out/candidate.jar"
./mvnw -B -ntp -q -f bench/pom.xml -DskipTests package
rm -rf "$out/classes" && cp -r bench/target/classes "$out/classes"
cp="$out/classes:$(cat bench/target/classpath.txt)"

pids=()
stop_apps() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done; }
trap stop_apps EXIT
start_app() { # start_app NAME PORT: the jar bench/target/compare/NAME.jar on PORT
  KEZHI_DATABASE_URL="$jdbc" KEZHI_DATABASE_USERNAME="$user" KEZHI_DATABASE_PASSWORD="" KEZHI_PORT="$2" \
    KEZHI_CUSTOMER_POOL_RULES_CRON=- KEZHI_IMPORT_DIR="$out/import-$1" \
    java -Xmx512m -jar "$out/$1.jar" >"$out/$1.log" 2>&1 &
  started_pid=$!
  pids+=("$started_pid")
}

# one after the other: two migrations at once would contend for the schema history's lock
base_port=$(free_port 18180)
start_app base "$base_port"
base_pid=$started_pid
wait_for_app "$base_pid" "$base_port" "$out/base.log" 600
candidate_port=$(free_port $((base_port + 1)))
start_app candidate "$candidate_port"
candidate_pid=$started_pid
wait_for_app "$candidate_pid" "$candidate_port" "$out/candidate.log" 600
echo "=== base on port $base_port (pid $base_pid), candidate on port $candidate_port (pid $candidate_pid)"

java -cp "$cp" io.kezhi.bench.feed.PrepareFeeders --jdbc-url "$jdbc" --jdbc-user "$user" --out "$out/feeders" \
  --seed 42 >/dev/null
java -cp "$cp" io.kezhi.bench.compare.AlternatingComparison --base-url "http://127.0.0.1:$base_port" \
  --base-pid "$base_pid" --candidate-url "http://127.0.0.1:$candidate_port" --candidate-pid "$candidate_pid" \
  --feeders "$out/feeders" --out "$out" --operation "$operation" --rounds "$rounds" --window "$window" \
  --warm-up "$warm_up" --concurrency "$concurrency" --db "$db" --database "$name"
