#!/usr/bin/env bash
# Generates the benchmark data set into a fresh database `kezhi_bench` (see docs/performance.md):
#   1. builds the application jar and the generator;
#   2. drops and creates kezhi_bench on the local PostgreSQL (127.0.0.1:5432, postgres, trust) or
#      MariaDB (127.0.0.1:3306, root, no password);
#   3. starts the application on it on a free port with an operator token (Flyway creates the schema);
#   4. runs the generator against the application and the database, then stops the application.
#
# usage: bench/generate.sh [--db postgres|mariadb] [--scale 1.0] [--seed 42] [--threads N] [--as-of ISO-instant]
# BENCH_SKIP_BUILD=1 skips step 1 (jars already built); BENCH_DATABASE=name uses another database than
# kezhi_bench (it is dropped and created all the same). The summary goes to bench/target/generate-summary.json,
# or to BENCH_SUMMARY.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
root=$(pwd)

db=postgres
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db="$2"; shift 2 ;;
    --scale|--seed|--threads|--as-of) args+=("$1" "$2"); shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
name=${BENCH_DATABASE:-kezhi_bench}
bench_database "$db" "$name"
mkdir -p bench/target

if [ "${BENCH_SKIP_BUILD:-}" != 1 ]; then
  echo "== building the application jar (without the web front end) and the generator"
  ./mvnw -B -ntp -q -DskipTests -Dfrontend.skip=true package
  ./mvnw -B -ntp -q -f bench/pom.xml -DskipTests package
fi

echo "== fresh database $name on $db"
if [ "$db" = postgres ]; then
  psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $name WITH (FORCE)" \
    -c "CREATE DATABASE $name ENCODING 'UTF8' TEMPLATE template0"
else
  mysql -h 127.0.0.1 -u root -e "DROP DATABASE IF EXISTS $name;
    CREATE DATABASE $name CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"
fi

port=$(free_port 18080)
token=$(openssl rand -hex 24)
echo "== starting the application on port $port (log: bench/target/app.log)"
# The pools' nightly return job is off: it would move generated customers into the pools.
KEZHI_DATABASE_URL="$jdbc" KEZHI_DATABASE_USERNAME="$user" KEZHI_DATABASE_PASSWORD="" \
  KEZHI_OPERATOR_TOKEN="$token" KEZHI_PORT="$port" KEZHI_CUSTOMER_POOL_RULES_CRON=- \
  java -jar target/kezhi-crm.jar >bench/target/app.log 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null; wait "$app" 2>/dev/null || true' EXIT
wait_for_app "$app" "$port" bench/target/app.log 180

echo "== generating"
java -Xmx1g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" io.kezhi.bench.generate.Generate \
  --db "$db" --app-url "http://127.0.0.1:$port" --operator-token "$token" --jdbc-url "$jdbc" --jdbc-user "$user" \
  --summary "${BENCH_SUMMARY:-$root/bench/target/generate-summary.json}" "${args[@]}"

echo "== done. To start the application on this database (every bench login has the password Bench2026):"
echo "   KEZHI_DATABASE_URL=$jdbc KEZHI_DATABASE_USERNAME=$user KEZHI_CUSTOMER_POOL_RULES_CRON=- java -jar target/kezhi-crm.jar"
