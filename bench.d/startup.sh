#!/usr/bin/env bash
# description: first start on an empty data dir (initdb + migrations + reference data), heap after start, graceful restart, restart after kill -9
# options: --timeout SECONDS (180, per start), --java-opts "JVM OPTIONS" (none), --keep-data yes|no (no)
#
# Runs the real jar the way an operator does (java -jar, environment variables only) and times each
# start from launching the JVM to /actuator/health answering UP. The heap is read from outside with
# jcmd, so the product needs no extra endpoint for it. The kill -9 phase checks the recovery path that
# matters in production: the JVM dies, its embedded PostgreSQL keeps running and holding the data
# directory, and the next start must take the directory over and serve the same data.
set -uo pipefail
. "$(dirname "$0")/lib.sh"
ROOT=$(cd "$(dirname "$0")/.." && pwd)

timeout_s=${BENCH_TIMEOUT:-180}
java_opts=${BENCH_JAVA_OPTS:-}
keep_data=${BENCH_KEEP_DATA:-no}
data_dir=$(mktemp -d -t kstp-bench-startup.XXXXXX)
pg_dir="$data_dir/pg"
mkdir -p "$ROOT/bench-out"
log="$ROOT/bench-out/startup-$(date +%Y%m%d-%H%M%S).log"
pid=""

# Postmaster(s) serving our data dir. The -D path is a fresh mktemp name, so this matches only ours.
pg_pids() { pgrep -f -- "postgres -D $pg_dir " || true; }

cleanup() {
  # Whatever happened, leave no JVM and no PostgreSQL of ours behind.
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; fi
  for p in $(pg_pids); do kill -INT "$p" 2>/dev/null; done
  for _ in $(seq 50); do [ -z "$(pg_pids)" ] && break; sleep 0.2; done
  if [ "$keep_data" = yes ]; then echo "data_dir: $data_dir" >&2; else rm -rf "$data_dir"; fi
}
trap cleanup EXIT

# Starts the jar in the background (sets $pid) and waits for health UP; sets $elapsed in seconds.
start_app() {
  local phase=$1 t0
  echo "=== $phase" >>"$log"
  t0=$(now)
  # env -u: an operator's KSTP_DB_URL would point the product at an external database; we measure the embedded one.
  KSTP_DATA_DIR="$data_dir" KSTP_PORT="$port" env -u KSTP_DB_URL \
    "$JAVA_HOME/bin/java" $java_opts -jar "$KSTP_JAR" >>"$log" 2>&1 &
  pid=$!
  until http_get "$port" /actuator/health | grep -q '"status":"UP"'; do
    kill -0 "$pid" 2>/dev/null || fail "$phase: the JVM exited before health was UP (log: $log)"
    awk -v t="$(seconds_since "$t0")" -v max="$timeout_s" 'BEGIN { exit !(t > max) }' \
      && fail "$phase: health not UP after ${timeout_s}s (log: $log)"
    sleep 0.1
  done
  elapsed=$(seconds_since "$t0")
}

# SIGTERM = what systemd or docker stop sends; Spring shuts down gracefully. Sets $elapsed.
stop_app() {
  local phase=$1 t0
  t0=$(now)
  kill -TERM "$pid"
  # Poll rather than a bare `wait`, which has no timeout. An exited child stays a zombie (state Z,
  # kill -0 still succeeds) until we `wait` for it, so look at its state.
  while [ -n "$(ps -o stat= -p "$pid" | grep -v '^Z')" ]; do
    awk -v t="$(seconds_since "$t0")" 'BEGIN { exit !(t > 120) }' \
      && fail "$phase: graceful stop took over 120 s (log: $log)"
    sleep 0.1
  done
  wait "$pid" 2>/dev/null
  elapsed=$(seconds_since "$t0")
  pid=""
  [ -z "$(pg_pids)" ] || fail "$phase: PostgreSQL still running after the JVM stopped gracefully"
}

# MiB used from `jcmd GC.heap_info`, whose heap line reads "... heap total ..., committed ...K, used 123456K [...".
heap_used_mb() { awk '/heap/ && /used/ { for (i = 1; i < NF; i++) if ($i == "used") { v = $(i+1); exit } }
  END { sub(/K,?$/, "", v); if (v == "") exit 1; printf "%.0f", v / 1024 }'; }

port=$(free_port) || fail "no free TCP port found"
print_machine
print_versions
echo "port: $port"
echo "log: $log"

# Phase 1: empty data directory.
start_app "first start"
echo "first_start_seconds: $elapsed"
heap_info=$("$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info 2>&1) || fail "jcmd could not attach to pid $pid: $heap_info"
used=$(heap_used_mb <<<"$heap_info") || fail "unexpected jcmd GC.heap_info output: $heap_info"
echo "heap_used_mb: $used"
# After a full GC only live objects remain: the figure to compare between versions.
"$JAVA_HOME/bin/jcmd" "$pid" GC.run >/dev/null 2>&1
live=$("$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info 2>&1 | heap_used_mb) || fail "jcmd GC.heap_info failed after GC.run"
echo "heap_live_mb: $live"
echo "rss_mb: $(( $(ps -o rss= -p "$pid") / 1024 ))"
stop_app "first stop"
echo "stop_seconds: $elapsed"

# Phase 2: graceful restart on the same data directory (no initdb, migrations already applied).
start_app "restart"
echo "restart_seconds: $elapsed"
orphan=$(pg_pids)
[ -n "$orphan" ] || fail "restart: no PostgreSQL process found for $pg_dir"

# Phase 3: kill -9 the JVM; its PostgreSQL child survives and holds the directory.
kill -9 "$pid"; wait "$pid" 2>/dev/null; pid=""
sleep 0.5
kill -0 "$orphan" 2>/dev/null && echo "orphan_after_kill: 1" || echo "orphan_after_kill: 0"
start_app "restart after kill -9"
echo "restart_after_kill_seconds: $elapsed"
kill -0 "$orphan" 2>/dev/null && fail "restart after kill -9: the orphaned PostgreSQL (pid $orphan) is still running"
[ "$(pg_pids)" != "$orphan" ] && [ -n "$(pg_pids)" ] || fail "restart after kill -9: no new PostgreSQL for $pg_dir"
echo "health_after_kill: UP"

stop_app "final stop"
echo "orphans_left: $(pg_pids | grep -c . || true)"
echo "result: ok"
