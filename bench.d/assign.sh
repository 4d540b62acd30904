#!/usr/bin/env bash
# description: expert assignment: generate a round from the shared CSL abstracts (or read --input DIR), solve it optimally or randomised, check it
# options: --proposals P (5000), --experts R (3000), --k K (5), --max-load L (10), --candidates C (60), --randomized (off), --cap Q (0.5), --seed S (20240601, the draw), --instance-seed S (20240601, the generated round), --affinity lucene|synthetic (lucene; synthetic skips the text corpus for very large rounds), --outside yes|no (no), --input DIR (none: generate), --output FILE (bench-out/assignment.csv), --corpus FILE (../shared/data/projects/csl_abstracts_shared.csv; not committed: no licence), --java-opts "JVM OPTIONS" (-Xmx4g)
#
# Runs org.kstp.review.assignment.bench.AssignBenchmark (bench.d/java) on the built jar's classes (see
# product_classpath; no Spring context starts: it is a plain main class).
# The generated round goes through the product's affinity code (Lucene), so affinity_seconds is real.
# `--randomized` may be given bare (./bench turns it into BENCH_RANDOMIZED=yes).
set -uo pipefail
. "$(dirname "$0")/lib.sh"
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

args=(--proposals "${BENCH_PROPOSALS:-5000}" --experts "${BENCH_EXPERTS:-3000}" --k "${BENCH_K:-5}"
      --max-load "${BENCH_MAX_LOAD:-10}" --candidates "${BENCH_CANDIDATES:-60}" --cap "${BENCH_CAP:-0.5}"
      --seed "${BENCH_SEED:-20240601}" --instance-seed "${BENCH_INSTANCE_SEED:-20240601}" --affinity "${BENCH_AFFINITY:-lucene}" --outside "${BENCH_OUTSIDE:-no}" --randomized "${BENCH_RANDOMIZED:-no}"
      --output "${BENCH_OUTPUT:-bench-out/assignment.csv}" --data-dir "$ROOT/bench-data")
[ -n "${BENCH_INPUT:-}" ] && args+=(--input "$BENCH_INPUT")

cp=$(product_classpath "$ROOT") || fail "the benchmark does not compile against the jar"
print_machine
print_versions
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:--Xmx4g} -cp "$cp" \
  -Dkstp.bench.corpus="${BENCH_CORPUS:-$ROOT/../shared/data/projects/csl_abstracts_shared.csv}" \
  org.kstp.review.assignment.bench.AssignBenchmark "${args[@]}" >"$out" 2>"$out.err"
status=$?
cat "$out"
[ $status -eq 0 ] || { tail -20 "$out.err" >&2; rm -f "$out.err"; fail "AssignBenchmark exited with status $status"; }
rm -f "$out.err"
violations=$(sed -n 's/^violations: //p' "$out")
[ "$violations" = 0 ] || fail "$violations constraint violations"
echo "result: ok"
