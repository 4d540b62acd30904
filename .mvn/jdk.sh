# Sourced by ./mvnw, ./bench and .ci/run: makes JAVA_HOME point at a JDK >= 21.
# The machines we run on often have Java 17 as the default `java` and a newer JDK elsewhere,
# so we look at JAVA_HOME, then `java` on the PATH, then the usual install folders.
kstp_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}
kstp_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(kstp_java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  if command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if [ "$(kstp_java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"; return 0
    fi
  fi
  best=""; best_major=0
  case $- in *f*) kstp_noglob=1; set +f ;; *) kstp_noglob=0 ;; esac  # mvnw runs with globbing off
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(kstp_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"; best_major="$major"
    fi
  done
  [ "$kstp_noglob" = 1 ] && set -f
  if [ -z "$best" ]; then
    echo "KSTP needs a JDK 21 or newer; none found (checked JAVA_HOME, PATH, /usr/lib/jvm, /opt)." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
kstp_find_jdk || exit 1
