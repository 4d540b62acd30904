# Helpers shared by the benchmarks in bench.d/ (sourced, not run). ./bench exports JAVA_HOME and KSTP_JAR.

# machine: <cores> cores, <GiB> GiB, <cpu model> -- so figures from different machines are comparable.
print_machine() {
  local cores mem_kb model
  cores=$(nproc)
  mem_kb=$(sed -n 's/^MemTotal: *\([0-9]*\) kB/\1/p' /proc/meminfo)
  model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
  [ -n "$model" ] || model=$(uname -m)
  echo "machine: $cores cores, $(awk -v k="$mem_kb" 'BEGIN { printf "%.1f", k / 1048576 }') GiB, $model"
}

print_versions() {
  echo "jar: $(basename "$KSTP_JAR")"
  echo "java: $("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p') ($JAVA_HOME)"
}

# Prints the verdict and stops the benchmark (its EXIT trap still cleans up).
fail() { echo "result: FAILED $*"; exit 1; }

now() { date +%s.%N; }
seconds_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

# A TCP port nobody listens on. Bash's /dev/tcp is used instead of ss or curl, which a fresh
# Debian image may lack.
free_port() {
  local port
  for _ in $(seq 100); do
    port=$(( 20000 + RANDOM % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}

# Body of GET http://localhost:PORT/PATH, or nothing; never hangs longer than 5 s.
http_get() {
  timeout 5 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$0" || exit 1
    printf "GET %s HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n" "$1" >&3
    cat <&3' "$1" "$2" 2>/dev/null || true
}

# The benchmarks that time the product's own code (bench.d/java, outside the product's source tree so the
# jar ships no main besides the application's) live in the packages of the code they time, so they may use
# its package-private classes. This compiles them against the built jar's classes and libraries when either
# changed, and prints the class path to run them with: bench classes first, then the product's. Maven
# compiles the same sources with the tests (build-helper), so a change to the product that breaks them fails
# the build, not the next benchmark run.
product_classpath() {
  local root=$1 product="$1/target/bench-product" classes="$1/target/bench-classes" cp
  if [ ! -f "$product/.built" ] || [ "$KSTP_JAR" -nt "$product/.built" ]; then
    rm -rf "$product" "$classes" && mkdir -p "$product"
    (cd "$product" && "$JAVA_HOME/bin/jar" xf "$KSTP_JAR" BOOT-INF) || return 1
    touch "$product/.built"
  fi
  cp="$product/BOOT-INF/classes:$product/BOOT-INF/lib/*"
  if [ ! -f "$classes/.built" ] || [ -n "$(find "$root/bench.d/java" -name '*.java' -newer "$classes/.built" -print -quit)" ]; then
    rm -rf "$classes" && mkdir -p "$classes"
    # shellcheck disable=SC2046 # one word per source file
    "$JAVA_HOME/bin/javac" --release 21 -nowarn -d "$classes" -cp "$cp" $(find "$root/bench.d/java" -name '*.java') >&2 \
      || return 1
    touch "$classes/.built"
  fi
  echo "$classes:$cp"
}
