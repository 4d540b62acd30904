#!/usr/bin/env bash
# description: deadline surge: N applicants save and submit at once (double clicks, dropped connections); lost/duplicate/latency vs raw PostgreSQL commit rate; --kill kills -9 the server mid-surge
# options: --users N (50), --duration SECONDS (60), --kill (off; same as --kill yes), --seed auto|http|jdbc (auto: http up to 100 users), --java-opts "JVM OPTIONS" (none), --timeout SECONDS (180, per start), --keep-data yes|no (no)
#
# How it is built. The load driver is plain Java (bench.d/java/org/kstp/bench/surge/*.java, and only
# those: the other sources under bench.d/java time the product's code from inside), compiled
# here with javac against the JDK plus the PostgreSQL JDBC driver taken from the product jar
# (BOOT-INF/lib), into target/bench-surge/. Not a Maven test and not JEP 330 single-file: several small
# classes read better, and javac runs only when a source changed. It uses java.net.http.HttpClient on
# virtual threads with one CookieManager per simulated applicant, and JDBC only to read counts and
# to probe the raw commit rate.
#
# What it does:
#  1. starts the real jar (java -jar, KSTP_DEMO=true, fresh data dir, embedded PostgreSQL with fsync on)
#  2. preparation, NOT timed, all through the product's own pages: bureau.admin registers N institutions
#     (POST /directory/organisations/new), sys.admin opens N applicant accounts (POST /admin/accounts,
#     no password: each applicant sets it with the activation code the page shows, POST /activate),
#     each applicant signs in (bcrypt happens here, not in the surge) and creates a complete draft for
#     the demo's open call (one proposal per PI per year, so one account per applicant).
#     --seed jdbc (the default above 100 users): sys.admin opens only the first account through the
#     page; the others are bench-only JDBC copies of it (same bcrypt hash, own name and organisation,
#     APPLICANT role, no audit row), inserted before the timed phase. Reason: each account page POST
#     costs a bcrypt hash, ~0.5 s of a shared 2-core machine, i.e. minutes for 500 users. Institutions,
#     sign-ins and drafts always go through the product's pages.
#  3. raw commit rate: min(N,100) JDBC connections each committing single-row inserts into a scratch
#     table (dropped afterwards) for 5 s, on the same embedded server: pg_commit_rate_per_s
#  4. the surge (timed, --duration): every applicant opens the draft, saves it 1-3 times, then submits;
#     half of them submit in the last 15 % of the window. 20 % double-click Submit (two concurrent
#     POSTs), 10 % lose the connection during Submit (request written, socket closed unread, half of
#     them by RST) and press Submit again. Users retry connection errors and 5xx with back-off and
#     sign in again when their session is gone. "Acknowledged" = the submit answered 302 and the next
#     GET of the proposal page shows a tracking number and status SUBMITTED.
#  5. with --kill: SIGKILL of the JVM half-way through the surge, immediate restart on the same data
#     dir and port; users ride it out (sessions are in memory, so they sign in again)
#  6. counts in the database: stored = bench proposals with a SUBMIT status change; lost = acknowledged
#     but not stored as SUBMITTED with the acknowledged tracking number; duplicates = extra SUBMIT rows,
#     shared tracking numbers, applicants with two submitted proposals, extra SUBMIT audit rows.
# result: ok needs lost 0, duplicates 0, server_errors 0 and every applicant acknowledged. The latency
# goal (p95 submit <= 300 ms at 500 users) is reported on its own line. The load driver runs on the
# same cores as the server and PostgreSQL, and other work on the machine shows in `load_before`.
set -uo pipefail
. "$(dirname "$0")/lib.sh"
ROOT=$(cd "$(dirname "$0")/.." && pwd)

users=${BENCH_USERS:-50}
duration=${BENCH_DURATION:-60}
kill_mid=${BENCH_KILL:-no}
java_opts=${BENCH_JAVA_OPTS:-}
timeout_s=${BENCH_TIMEOUT:-180}
keep_data=${BENCH_KEEP_DATA:-no}
case "$kill_mid" in yes|true|1) kill_mid=yes ;; *) kill_mid=no ;; esac
data_dir=$(mktemp -d -t kstp-bench-surge.XXXXXX)
pg_dir="$data_dir/pg"
mkdir -p "$ROOT/bench-out"
stamp=$(date +%Y%m%d-%H%M%S)
log="$ROOT/bench-out/surge-$stamp.log"
driver_out="$ROOT/bench-out/surge-$stamp.out"
password="Bench$RANDOM${RANDOM}pw"
pid=""
driver=""

pg_pids() { pgrep -f -- "postgres -D $pg_dir " || true; }

cleanup() {
  if [ -n "$driver" ] && kill -0 "$driver" 2>/dev/null; then kill "$driver" 2>/dev/null; wait "$driver" 2>/dev/null; fi
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; fi
  for p in $(pg_pids); do kill -INT "$p" 2>/dev/null; done
  for _ in $(seq 50); do [ -z "$(pg_pids)" ] && break; sleep 0.2; done
  if [ "$keep_data" = yes ]; then echo "data_dir: $data_dir" >&2; else rm -rf "$data_dir"; fi
}
trap cleanup EXIT

start_app() {
  local phase=$1 t0
  echo "=== $phase" >>"$log"
  t0=$(now)
  KSTP_DATA_DIR="$data_dir" KSTP_PORT="$port" KSTP_DEMO=true KSTP_DEMO_PASSWORD="$password" env -u KSTP_DB_URL \
    "$JAVA_HOME/bin/java" $java_opts -jar "$KSTP_JAR" >>"$log" 2>&1 &
  pid=$!
  until http_get "$port" /actuator/health | grep -q '"status":"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then
      # Other sessions on this machine pick free ports too; a port taken between check and bind is
      # retried on a new one, but only before the surge (the driver is then bound to the port).
      if [ "$phase" = start ] && [ "${port_tries:-0}" -lt 3 ] && tail -5 "$log" | grep -q "listening on port $port"; then
        port_tries=$(( ${port_tries:-0} + 1 )); port=$(free_port); start_app "$phase"; return
      fi
      fail "$phase: the JVM exited before health was UP (log: $log)"
    fi
    awk -v t="$(seconds_since "$t0")" -v max="$timeout_s" 'BEGIN { exit !(t > max) }' \
      && fail "$phase: health not UP after ${timeout_s}s (log: $log)"
    sleep 0.1
  done
  elapsed=$(seconds_since "$t0")
}

# The driver: compiled only when a source is newer than its classes.
classes="$ROOT/target/bench-surge/classes"
lib="$ROOT/target/bench-surge/lib"
mkdir -p "$classes" "$lib"
pgjar_entry=$("$JAVA_HOME/bin/jar" tf "$KSTP_JAR" | grep '^BOOT-INF/lib/postgresql-[0-9.]*\.jar$' | head -1)
[ -n "$pgjar_entry" ] || fail "no PostgreSQL JDBC driver inside $KSTP_JAR"
pgjar="$lib/$(basename "$pgjar_entry")"
if [ ! -f "$pgjar" ]; then
  (cd "$lib" && "$JAVA_HOME/bin/jar" xf "$KSTP_JAR" "$pgjar_entry" && mv "$pgjar_entry" . && rm -rf BOOT-INF) \
    || fail "could not extract $pgjar_entry"
fi
driver_sources="$ROOT/bench.d/java/org/kstp/bench/surge"
sources=$(find "$driver_sources" -name '*.java')
if [ ! -f "$classes/.built" ] || [ -n "$(find "$driver_sources" -name '*.java' -newer "$classes/.built" -print -quit)" ]; then
  rm -rf "$classes" && mkdir -p "$classes"
  "$JAVA_HOME/bin/javac" --release 21 -d "$classes" -cp "$pgjar" $sources >&2 || fail "the load driver does not compile"
  touch "$classes/.built"
fi

port=$(free_port) || fail "no free TCP port found"
print_machine
print_versions
echo "load_before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "kill: $kill_mid"
echo "log: $log"

start_app "start"
echo "start_seconds: $elapsed"

started="$data_dir/surge.started"
killed="$data_dir/surge.killed"
"$JAVA_HOME/bin/java" -Xmx1g -cp "$classes:$pgjar" org.kstp.bench.surge.Surge \
  --base "http://127.0.0.1:$port" --data-dir "$data_dir" --users "$users" --duration "$duration" \
  --password "$password" --seed "${BENCH_SEED:-auto}" --started-file "$started" --killed-file "$killed" >"$driver_out" &
driver=$!

extra=()
if [ "$kill_mid" = yes ]; then
  until [ -f "$started" ]; do
    kill -0 "$driver" 2>/dev/null || break
    sleep 0.2
  done
  if [ -f "$started" ]; then
    sleep "$(awk -v d="$duration" 'BEGIN { printf "%.1f", d / 2 }')"
    load_at_kill=$(cut -d' ' -f1 /proc/loadavg)
    date +%s%3N >"$killed"
    kill -9 "$pid"; wait "$pid" 2>/dev/null; pid=""
    extra+=("killed_after_s: $(awk -v s="$(cat "$started")" -v k="$(cat "$killed")" 'BEGIN { printf "%.1f", (k - s) / 1000 }')")
    start_app "restart after kill -9"
    extra+=("restart_after_kill_seconds: $elapsed" "load_at_kill: $load_at_kill")
  fi
fi
wait "$driver"; driver_status=$?; driver=""
echo "load_after: $(cut -d' ' -f1-3 /proc/loadavg)"
for line in "${extra[@]}"; do echo "$line"; done
grep -v '^result: ' "$driver_out"
verdict=$(grep '^result: ' "$driver_out" | tail -1)
[ -n "$verdict" ] || fail "the load driver exited with status $driver_status without a verdict (see $log and stderr above)"

# Graceful stop: the product must still shut down cleanly after the surge.
kill -TERM "$pid"
for _ in $(seq 600); do [ -z "$(ps -o stat= -p "$pid" | grep -v '^Z')" ] && break; sleep 0.2; done
wait "$pid" 2>/dev/null; pid=""
echo "$verdict"
[ "${verdict#result: ok}" != "$verdict" ]
