#!/usr/bin/env bash
# description: integrity check of a proposal (30 persons + 5 organisations) against N generated records, in the product's in-memory index
# options: --records N (1000000), --checks N (20000), --java-opts "JVM OPTIONS" (-Xmx3g)
#
# Runs org.kstp.integrity.domain.IndexBenchmark (bench.d/java) on the built jar's classes (see product_classpath).
# It fills the real IntegrityIndex the way the start-up load does (RecordHistory -> CurrentRecord -> put)
# and times IntegrityIndex.check, the code IntegrityApi.check runs. Neither Spring nor the database is
# started: the check path touches neither. Each timed check is one TEAM_MEMBER check of 35 subjects plus
# one HOST check of the 5 organisations; one proposal in five contains a subject with a record (in force or
# expired on the check date), reported as checks_blocked.
set -uo pipefail
. "$(dirname "$0")/lib.sh"

records=${BENCH_RECORDS:-1000000}
checks=${BENCH_CHECKS:-20000}
java_opts=${BENCH_JAVA_OPTS:--Xmx3g}
case "$records" in ''|*[!0-9]*) fail "--records must be a number" ;; esac
[ "$records" -le 1000000 ] || fail "--records is at most 1000000"

cp=$(product_classpath "$(cd "$(dirname "$0")/.." && pwd)") || fail "the benchmark does not compile against the jar"
print_machine
print_versions
out=$("$JAVA_HOME/bin/java" $java_opts -cp "$cp" org.kstp.integrity.domain.IndexBenchmark "$records" "$checks" 2>&1) || fail "benchmark JVM failed: $(tail -3 <<<"$out")"
grep -E '^[a-z_0-9]+: ' <<<"$out"
p99=$(sed -n 's/^check_p99_us: //p' <<<"$out")
[ -n "$p99" ] || fail "no check_p99_us in the output"
awk -v p="$p99" 'BEGIN { exit !(p < 5000) }' || fail "check_p99_us $p99 is not under 5 ms"
echo "result: ok"
