# Sourced by ./pcf, ./test and .ci/run: sets JAVA_HOME to a JDK >= 21 or fails with a message.
# Order: JAVA_HOME if it is one; then the usual JDK folders, newest first.

pcf_java_major() {  # prints the major version of the java at $1/bin/java, or nothing
  local v=""
  # the JDK's release file says it without starting a JVM (each start costs ~0.3 s of every ./pcf call)
  if [ -f "$1/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9.]*\).*/\1/p' "$1/release" | head -n 1)
    case "$v" in 1.*) ;; *) v=${v%%.*} ;; esac
  fi
  [ -n "$v" ] || v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1)
  case "$v" in 1.*) v=${v#1.}; v=${v%%.*} ;; esac
  printf '%s' "$v"
}

pcf_find_jdk() {
  local cand major
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(pcf_java_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then return 0; fi
  fi
  for cand in $(ls -d /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* /opt/*jdk* \
                  "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home 2>/dev/null | sort -rV); do
    [ -x "$cand/bin/javac" ] || continue
    major=$(pcf_java_major "$cand")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$cand"
      return 0
    fi
  done
  if command -v javac >/dev/null 2>&1; then
    cand=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(pcf_java_major "$cand")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then export JAVA_HOME="$cand"; return 0; fi
  fi
  echo "pcf: no JDK 21 or newer found (looked at JAVA_HOME and /usr/lib/jvm). Install one, e.g. 'apt-get install openjdk-21-jdk', or set JAVA_HOME." >&2
  return 1
}

pcf_find_mvn() {
  if command -v mvn >/dev/null 2>&1; then return 0; fi
  echo "pcf: Maven (mvn) not found. Install it, e.g. 'apt-get install maven'." >&2
  return 1
}
