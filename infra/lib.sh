# Shared helpers of the run and test scripts. Source it; it changes nothing on its own.
# shellcheck shell=bash

FOKUS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.7.3}"

log() { printf '\033[1;34m[fokus]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[fokus]\033[0m %s\n' "$*" >&2; exit 1; }

java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }

# Selects a JDK 21 or newer: JAVA_HOME if it is one, else the newest JDK in the system's JVM folder.
select_jdk() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" && "$(java_major "$JAVA_HOME")" -ge 21 ]]; then
    :
  else
    local best="" best_major=0 candidate major
    for candidate in /usr/lib/jvm/*/; do
      candidate="${candidate%/}"
      [[ -x "$candidate/bin/javac" ]] || continue
      major="$(java_major "$candidate")"
      if [[ -n "$major" && "$major" -gt "$best_major" ]]; then best="$candidate"; best_major="$major"; fi
    done
    if [[ -z "$best" && -n "$(command -v javac || true)" ]]; then
      best="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
      best_major="$(java_major "$best")"
    fi
    [[ -n "$best" && "$best_major" -ge 21 ]] || die "Fokus needs a JDK 21 or newer (set JAVA_HOME)."
    export JAVA_HOME="$best"
  fi
  export PATH="$JAVA_HOME/bin:$PATH"
  log "JDK: $JAVA_HOME ($(java_major "$JAVA_HOME"))"
}

# Makes the Node archive available to frontend-maven-plugin on machines that cannot reach the Node.js site.
prepare_node() {
  if [[ -n "$(command -v npm || true)" ]]; then
    "$FOKUS_ROOT/infra/scripts/seed-node.sh" >&2 || die "could not prepare Node for the frontend build"
  fi
}

mvn_cmd() { (cd "$FOKUS_ROOT" && mvn -B -ntp "$@"); }

# Runs a command in the background and waits for it, so that a TERM or INT trap of the script runs at once rather
# than after the command (bash defers traps while a foreground command runs). The command's pid is in CHILD_PID.
CHILD_PID=""
in_background() {
  "$@" &
  CHILD_PID=$!
  local status=0
  wait "$CHILD_PID" || status=$?
  CHILD_PID=""
  return "$status"
}

# unpack_keycloak <dir>: unpacks the Keycloak server from Maven Central's keycloak-quarkus-dist into <dir> unless
# <dir> holds a complete unpack already (a file written after it: an interrupted unpack is redone); sets
# KEYCLOAK_HOME. Not meant for $(...): the unpack would run in a subshell whose Maven the INT/TERM trap does not know.
KEYCLOAK_HOME=""
unpack_keycloak() {
  local base="$1"
  KEYCLOAK_HOME="$base/keycloak-$KEYCLOAK_VERSION"
  if [[ ! -x "$KEYCLOAK_HOME/bin/kc.sh" || ! -f "$KEYCLOAK_HOME/.fokus-unpacked" ]]; then
    log "Unpacking Keycloak $KEYCLOAK_VERSION into $base (from the Maven artifact org.keycloak:keycloak-quarkus-dist)"
    mkdir -p "$base"
    # overWriteReleases: the plugin's unpack marker lives in target/ and knows nothing of this data directory;
    # whether to unpack is decided here, by the directory's content
    in_background mvn_cmd -q -N dependency:unpack -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
      -DoutputDirectory="$base" -Dmdep.overWriteReleases=true >&2 || die "could not fetch Keycloak"
    [[ -x "$KEYCLOAK_HOME/bin/kc.sh" ]] || die "the Keycloak download has no bin/kc.sh ($KEYCLOAK_HOME)"
    touch "$KEYCLOAK_HOME/.fokus-unpacked"
  fi
}

# A secret kept in a file: generated on first use, reused afterwards.
kept_secret() {
  local file="$1"
  if [[ ! -s "$file" ]]; then
    mkdir -p "$(dirname "$file")"
    (umask 077; head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$file")
  fi
  cat "$file"
}

free_port() { # first free port from $1 on
  local port="$1"
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

wait_for_url() { # url seconds what [pid of the server: stop waiting when it dies]
  local url="$1" seconds="$2" what="$3" pid="${4:-}" i
  for ((i = 0; i < seconds; i++)); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then die "$what exited during start-up (see its log)"; fi
    sleep 1
  done
  die "$what did not come up within ${seconds}s ($url)"
}

# launch_keycloak <data dir> <port> <app url>: starts Keycloak in dev mode with the Fokus realm imported
# (first run) without waiting for it, sets KEYCLOAK_PID and FOKUS_KEYCLOAK_SECRET. Logs go to <data dir>/keycloak.log.
launch_keycloak() {
  local data="$1" port="$2" app_url="$3" home
  unpack_keycloak "$data"
  home="$KEYCLOAK_HOME"
  FOKUS_KEYCLOAK_SECRET="$(kept_secret "$data/backend-client-secret")"
  local admin_password
  admin_password="$(kept_secret "$data/admin-password")"
  mkdir -p "$home/data/import"
  sed -e "s#@FOKUS_APP_URL@#$app_url#g" -e "s#@FOKUS_BACKEND_SECRET@#$FOKUS_KEYCLOAK_SECRET#g" \
    "$FOKUS_ROOT/infra/keycloak/fokus-realm.json" > "$home/data/import/fokus-realm.json"
  log "Starting Keycloak on port $port (log: $data/keycloak.log)"
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$admin_password" \
    "$home/bin/kc.sh" start-dev --http-port "$port" --hostname "http://localhost:$port" \
    --import-realm > "$data/keycloak.log" 2>&1 &
  KEYCLOAK_PID=$!
}

# wait_for_keycloak <data dir> <port>: waits until the realm of a launched Keycloak answers.
wait_for_keycloak() {
  local data="$1" port="$2"
  wait_for_url "http://localhost:$port/realms/fokus/.well-known/openid-configuration" 240 "Keycloak" "$KEYCLOAK_PID"
  log "Keycloak is up: http://localhost:$port (admin console user 'admin', password in $data/admin-password)"
}

# start_keycloak <data dir> <port> <app url>: launches Keycloak and waits for it.
start_keycloak() {
  launch_keycloak "$@"
  wait_for_keycloak "$1" "$2"
}

# The scripts' INT/TERM/EXIT trap: stops what the script started (the command in the foreground first), then exits.
stop_started() {
  local status="${1:-0}"
  trap - INT TERM EXIT
  stop_pid "$CHILD_PID"
  stop_pid "${APP_PID:-}"
  stop_pid "${KEYCLOAK_PID:-}"
  exit "$status"
}

# descendants <pid>: the pids of the process's children, their children, and so on
descendants() { local child; for child in $(pgrep -P "$1" || true); do echo "$child"; descendants "$child"; done; }

# alive <pid>...: true while one of the processes lives (a zombie counts as gone)
alive() {
  local pid
  for pid in "$@"; do
    [[ -r "/proc/$pid/stat" && "$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null)" != Z ]] && return 0
  done
  return 1
}

# await_exit <pid>...: waits up to 30 s for the processes to end, then kills them
await_exit() {
  local i
  for ((i = 0; i < 150; i++)); do alive "$@" || return 0; sleep 0.2; done
  kill -KILL "$@" 2>/dev/null || true
}

# Stops a process we started and what it started, by its pid: first the process alone (a server stops its own
# children in order), then the descendants a shell leaves behind when it dies (a Maven under a subshell, Keycloak's
# Java under kc.sh).
stop_pid() {
  local pid="$1" tree
  [[ -n "$pid" ]] && alive "$pid" || return 0
  tree="$(descendants "$pid")"
  kill -TERM "$pid" 2>/dev/null || true
  await_exit "$pid"
  [[ -n "$tree" ]] || return 0
  kill -TERM $tree 2>/dev/null || true
  await_exit $tree
}
