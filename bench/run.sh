#!/usr/bin/env bash
# Kezhi's benchmark harness in one command (see docs/performance.md), run on this machine.
#
# usage: bench/run.sh [--db postgres|mariadb] [--scale 1.0] [--seed 42] [--reuse] [--duration 60]
#                     [--database kezhi_bench] [--skip-import]
#
#   --reuse       keep the existing database (skip generation); without it, it is generated afresh
#   --duration S  seconds each operation is measured alone (default 60); the warm-up takes 2*S (at least 60), each ramp
#                 level S/3, the constant-rate run 2*S. --duration 10 makes a short smoke run.
#   --database    the database's name (default kezhi_bench), e.g. kezhi_bench_smoke for a smoke run
#   --skip-import leave out the 100k-row import
#
# Stages: 1 generate, 2 build, 3 start the application (-Xmx512m, Java Flight Recorder, CPU sampler),
# 4 feeders and sign-in, 5 warm-up, 6 each operation alone, 7 mixed ramps and constant rate,
# 8 raw-SQL capture, replay and EXPLAIN (ANALYZE, BUFFERS) of each operation's slowest statement, 9 import, 10 report (bench/target/report/index.html).
# Environment: BENCH_SKIP_BUILD=1 skips building; BENCH_RATE (500) the constant-rate run's requests/s;
# BENCH_CONCURRENCY (2) the users at once while each operation is measured alone (latency below saturation);
# BENCH_RAMPS (3) how many mixed ramps run (the report takes the one with the median knee).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
root=$(pwd)

db=postgres scale=1.0 seed=42 reuse=0 duration=60 name=kezhi_bench import=1
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db="$2"; shift 2 ;;
    --scale) scale="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --database) name="$2"; shift 2 ;;
    --reuse) reuse=1; shift ;;
    --skip-import) import=0; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
bench_database "$db" "$name"

out=$root/bench/target
rm -rf "$out/gatling" "$out/load" "$out/sql" "$out/report" "$out/feeders" "$out/import"
mkdir -p "$out/gatling" "$out/load" "$out/sql" "$out/feeders" "$out/import"
stages=$out/load/stages.tsv
printf 'stage\tstartMillis\tendMillis\n' >"$stages"
now() { date +%s%3N; }
stage() { printf '%s\t%s\t%s\n' "$1" "$2" "$(now)" >>"$stages"; }
{
  echo "date=$(date -u +%FT%TZ)"; echo "db=$db"; echo "database=$name"; echo "seed=$seed"; echo "duration=$duration"
  echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs) x $(nproc)"
  echo "memory=$(free -g | awk '/Mem:/ {print $2}') GiB"; echo "java=$(java -version 2>&1 | head -1)"
} >"$out/load/machine.properties"

if [ "$reuse" = 0 ]; then
  echo "=== stage 1: generate (scale $scale)"
  BENCH_DATABASE=$name bench/generate.sh --db "$db" --scale "$scale" --seed "$seed"
  export BENCH_SKIP_BUILD=1
fi

if [ "${BENCH_SKIP_BUILD:-}" != 1 ]; then
  echo "=== stage 2: build the application (without the web front end) and the bench"
  ./mvnw -B -ntp -q -DskipTests -Dfrontend.skip=true package
fi
./mvnw -B -ntp -q -f bench/pom.xml -DskipTests package
# the run uses its own copy of the bench's classes, so that rebuilding the bench meanwhile does not disturb it
rm -rf "$out/run-classes" && cp -r bench/target/classes "$out/run-classes"
cp="$out/run-classes:$(cat bench/target/classpath.txt)"

if [ "$db" = postgres ] && [ "$(psql -h 127.0.0.1 -U postgres -d "$name" -Atc 'SHOW autovacuum')" = off ]; then
  # A server with autovacuum on would have vacuumed what earlier runs changed (their follow-ups update
  # customers), and stale visibility maps send index-only scans to the table: start every run vacuumed.
  echo "=== autovacuum is off on this PostgreSQL: vacuuming the tables the scenarios read, as it would have"
  begin=$(now)
  psql -h 127.0.0.1 -U postgres -d "$name" -q -c "VACUUM (ANALYZE) customer, customer_tag, contact, follow_up,
    phone_lookup, record_share, customer_event, spring_session, spring_session_attributes"
  # and it would have analyzed what was never analyzed (a data set generated before the generator analyzed
  # the tables it writes through the API: without statistics the per-request account check reads every user)
  for table in $(psql -h 127.0.0.1 -U postgres -d "$name" -Atc "SELECT relname FROM pg_stat_user_tables
      WHERE last_analyze IS NULL AND last_autoanalyze IS NULL AND n_live_tup > 0"); do
    psql -h 127.0.0.1 -U postgres -d "$name" -q -c "ANALYZE $table"
  done
  stage vacuum "$begin"
fi

port=$(free_port 18080)
base="http://127.0.0.1:$port"
# the same fixed work for the JVM and the database server, so that runs on different machines can be compared
java -cp "$cp" io.kezhi.bench.monitor.Calibration --jdbc-url "$jdbc" --jdbc-user "$user" >>"$out/load/machine.properties" \
  || echo "   (calibration failed: see above)"

echo "=== stage 3: the application on $name, port $port, -Xmx512m, flight recording (log: bench/target/app.log)"
rm -f "$out/app.jfr" "$out/load/cpu.stop"
KEZHI_DATABASE_URL="$jdbc" KEZHI_DATABASE_USERNAME="$user" KEZHI_DATABASE_PASSWORD="" KEZHI_PORT="$port" \
  KEZHI_CUSTOMER_POOL_RULES_CRON=- KEZHI_IMPORT_DIR="$out/import/files" \
  java -Xmx512m -XX:StartFlightRecording=filename="$out/app.jfr",settings=profile,dumponexit=true \
  -jar target/kezhi-crm.jar >"$out/app.log" 2>&1 &
app=$!
java -cp "$cp" io.kezhi.bench.monitor.CpuSampler --app-pid "$app" --database "$name" --out "$out/load/cpu.csv" \
  --stop-file "$out/load/cpu.stop" &
sampler=$!
stop_app() {
  touch "$out/load/cpu.stop"
  kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
}
trap stop_app EXIT
started=$(now)
wait_for_app "$app" "$port" bench/target/app.log 600
stage start "$started"
echo "app.pid=$app" >>"$out/load/machine.properties"

gatling() { # gatling STAGE SIMULATION [-Dname=value...]: one Gatling run, its report in bench/target/gatling/STAGE
  local stage_name=$1 simulation=$2; shift 2
  local begin; begin=$(now)
  java -Xmx1g --add-opens=java.base/java.lang=ALL-UNNAMED -Dbench.baseUrl="$base" -Dbench.feeders="$out/feeders" -Dbench.out="$out/load" \
    -Dgatling.http.requestTimeout=10000 "$@" -cp "$cp" io.gatling.app.Gatling -s "io.kezhi.bench.load.$simulation" \
    -rf "$out/gatling/$stage_name" -rd "$stage_name" >"$out/gatling/$stage_name.log" 2>&1 \
    || echo "   (Gatling ended with status $?: see bench/target/gatling/$stage_name.log)"
  stage "$stage_name" "$begin"
  grep -E "^> (request count|mean requests/sec|response time 95th|failed)" "$out/gatling/$stage_name.log" \
    | sed 's/^/   /' | head -5 || true
}

echo "=== stage 4: feeders from the database (seed $seed) and sign-in of every bench user"
java -cp "$cp" io.kezhi.bench.feed.PrepareFeeders --jdbc-url "$jdbc" --jdbc-user "$user" --out "$out/feeders" \
  --seed "$seed"
gatling sign-in SignInSimulation

warm_up=$((duration * 2 > 60 ? duration * 2 : 60))
echo "=== stage 5: warm-up, the mixed profile back to back, 4 users at once for $warm_up s"
gatling warm-up WarmUpSimulation -Dbench.concurrency=4 -Dbench.duration=$warm_up

echo "=== stage 6: each operation alone, ${BENCH_CONCURRENCY:-2} users at once for $duration s"
for operation in customer-list search-name-infix search-name-prefix search-pinyin search-phone search-contact \
    customer-360 customer-360-timeline contact-list follow-up-list follow-up-entry; do
  echo "-- $operation"
  gatling "$operation" OperationSimulation -Dbench.operation="$operation" -Dbench.duration="$duration" \
    -Dbench.concurrency="${BENCH_CONCURRENCY:-2}"
done

echo "=== stage 7: mixed profile, open model: ramp to the knee, then ${BENCH_RATE:-500} requests/s"
drained() { # the overload a ramp or the constant-rate run ends with may leave queued requests: wait them out
  for _ in $(seq 1 120); do curl -sf -m 1 "$base/actuator/health" >/dev/null 2>&1 && break; sleep 2; done
  sleep 10
}
# One ramp's knee is one sample (crossings at 120 to 280 req/s for one jar on one machine: performance.md, run AP);
# the report takes the median of BENCH_RAMPS ramps (default 3), each in load/ramp-levels-N.json.
for ramp in $(seq 1 "${BENCH_RAMPS:-3}"); do
  [ "$ramp" = 1 ] || drained
  gatling "mixed-ramp-$ramp" MixedRampSimulation -Dbench.rampLevelSeconds=$((duration / 3 > 5 ? duration / 3 : 5))
  [ -f "$out/load/ramp-levels.json" ] && mv "$out/load/ramp-levels.json" "$out/load/ramp-levels-$ramp.json"
done
drained
gatling mixed-constant MixedConstantSimulation -Dbench.rate="${BENCH_RATE:-500}" -Dbench.duration=$((duration * 2))

echo "=== stage 8: raw SQL: capture each operation's statements, replay them over JDBC"
drained
begin=$(now)
java -cp "$cp" io.kezhi.bench.sql.SqlCapture --app-url "$base" --jdbc-url "$jdbc" --jdbc-user "$user" \
  --database "$name" --feeders "$out/feeders" --out "$out/sql" || echo "   (SQL capture failed: see above)"
[ -f "$out/sql/captured.json" ] && java -cp "$cp" io.kezhi.bench.sql.RawSqlReplay --jdbc-url "$jdbc" --jdbc-user "$user" --sql "$out/sql" \
  --max-seconds $((duration / 4 > 3 ? duration / 4 : 3))
stage raw-sql "$begin"
[ -f "$out/sql/captured.json" ] && java -cp "$cp" io.kezhi.bench.sql.ExplainSlowest --jdbc-url "$jdbc" \
  --jdbc-user "$user" --sql "$out/sql"

if [ "$import" = 1 ]; then
  echo "=== stage 9: import of 100,000 customers with dedupe (upload, map, validate, commit)"
  begin=$(now)
  java -cp "$cp" io.kezhi.bench.importing.ImportScenario --app-url "$base" --jdbc-url "$jdbc" --jdbc-user "$user" \
    --rows 100000 --seed "$seed" --out "$out/import" || echo "   (import scenario failed: see above)"
  stage import "$begin"
fi

echo "=== stopping the application (the flight recording is written on exit)"
stop_app
trap - EXIT

echo "=== stage 10: report"
java -cp "$cp" io.kezhi.bench.report.Report --target "$out" --jdbc-url "$jdbc" --jdbc-user "$user"
