#!/usr/bin/env bash
# description: affinity alone: score every (proposal, expert) pair of two CSV files with the product's affinity code
# options: --experts FILE (expert_id,title,abstract; one row per publication), --proposals FILE (proposal_id,title,abstract), --output FILE (bench-out/affinity.csv), --java-opts "JVM OPTIONS" (-Xmx4g)
#
# Writes proposal_id,expert_id,score for every pair, for evaluation against a gold standard of
# reviewers' self-rated expertise (e.g. Stelmakh et al., 2023). Runs
# org.kstp.review.assignment.bench.AffinityBenchmark (bench.d/java) on the built jar's classes.
set -uo pipefail
. "$(dirname "$0")/lib.sh"
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

[ -n "${BENCH_EXPERTS:-}" ] && [ -f "$BENCH_EXPERTS" ] || fail "--experts FILE is required and must exist"
[ -n "${BENCH_PROPOSALS:-}" ] && [ -f "$BENCH_PROPOSALS" ] || fail "--proposals FILE is required and must exist"

cp=$(product_classpath "$ROOT") || fail "the benchmark does not compile against the jar"
print_machine
print_versions
"$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xmx4g} -cp "$cp" org.kstp.review.assignment.bench.AffinityBenchmark \
  --experts "$BENCH_EXPERTS" --proposals "$BENCH_PROPOSALS" --output "${BENCH_OUTPUT:-bench-out/affinity.csv}" \
  || fail "AffinityBenchmark failed"
echo "result: ok"
