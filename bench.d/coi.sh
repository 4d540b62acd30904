#!/usr/bin/env bash
# description: conflict-of-interest screening of one proposal against a pool of N generated experts, in the product's in-memory pool index
# options: --experts N (70000), --checks N (500), --java-opts "JVM OPTIONS" (-Xmx2g)
#
# Runs org.kstp.expert.coi.CoiBenchmark (bench.d/java) on the built jar's classes (see product_classpath). It
# fills the real PoolIndex with N generated experts (employers and past employers among N/35
# organisations, 0-3 declared relations, 10% with availability periods, 5% suspended, 1% sanctioned)
# and times ConflictEngine.screen -- what ExpertApi.eligibleExperts runs -- for one proposal at a time
# (PI, 10 team members, 20 coworkers, 3 applicant exclusions, same-county rule on). Every rule runs; the
# integrity register is a hash set stand-in (see the class comment). Neither Spring nor the database starts.
set -uo pipefail
. "$(dirname "$0")/lib.sh"

experts=${BENCH_EXPERTS:-70000}
checks=${BENCH_CHECKS:-500}
java_opts=${BENCH_JAVA_OPTS:--Xmx2g}
case "$experts" in ''|*[!0-9]*) fail "--experts must be a number" ;; esac
case "$checks" in ''|*[!0-9]*) fail "--checks must be a number" ;; esac

cp=$(product_classpath "$(cd "$(dirname "$0")/.." && pwd)") || fail "the benchmark does not compile against the jar"
print_machine
print_versions
out=$("$JAVA_HOME/bin/java" $java_opts -cp "$cp" org.kstp.expert.coi.CoiBenchmark "$experts" "$checks" 2>&1) || fail "benchmark JVM failed: $(tail -3 <<<"$out")"
grep -E '^[a-z_0-9]+: ' <<<"$out"
p99=$(sed -n 's/^coi_check_p99_ms: //p' <<<"$out")
[ -n "$p99" ] || fail "no coi_check_p99_ms in the output"
awk -v p="$p99" 'BEGIN { exit !(p < 50) }' || fail "coi_check_p99_ms $p99 is not under 50 ms"
echo "result: ok"
