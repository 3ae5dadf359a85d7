# Shell helpers of the bench's scripts (generate.sh, run.sh, compare.sh); sourced, not run.

# bench_database DB NAME: sets jdbc and user for the bench database NAME on DB (postgres or mariadb)
bench_database() {
  case "$1" in
    postgres) jdbc="jdbc:postgresql://127.0.0.1:5432/$2"; user=postgres ;;
    mariadb) jdbc="jdbc:mariadb://127.0.0.1:3306/$2"; user=root ;;
    *) echo "--db is postgres or mariadb" >&2; exit 2 ;;
  esac
}

# free_port FROM: prints the first port from FROM on which nothing listens
free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

# wait_for_app PID PORT LOG SECONDS: returns once the application on PORT answers its health check;
# exits the script if its process PID ends (see LOG) or it does not answer within SECONDS
wait_for_app() {
  for _ in $(seq 1 "$4"); do
    if curl -sf "http://127.0.0.1:$2/actuator/health" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$1" 2>/dev/null; then echo "!! the application did not start: see $3" >&2; exit 1; fi
    sleep 1
  done
  echo "!! no answer from the application on port $2 (log: $3)" >&2; exit 1
}
