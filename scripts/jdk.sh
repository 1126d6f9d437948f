# Sourced by the measuring scripts: sets java_bin to a JDK 21+ (JAVA_HOME, else the newest under /usr/lib/jvm).
java_bin="${JAVA_HOME:+$JAVA_HOME/bin}"
if [ -z "$java_bin" ]; then
  for jdk in /usr/lib/jvm/*; do
    v=$("$jdk/bin/java" -version 2>&1 | head -n 1 | grep -Eo '"[0-9]+' | tr -d '"' || true)
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then java_bin="$jdk/bin"; fi
  done
fi
[ -n "$java_bin" ] || { echo "no JDK 21+ found; set JAVA_HOME" >&2; exit 1; }
