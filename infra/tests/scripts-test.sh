#!/usr/bin/env bash
# Tests of infra/run.sh's start-up on a machine where Keycloak was unpacked before (the Maven plugin's marker in
# target/ exists), each with a new data directory in a temporary folder and free ports:
#   1. TERM while Keycloak is being unpacked: run.sh and its Maven are gone within 5 s;
#   2. a new, empty data directory gets Keycloak unpacked (not skipped because of the marker), and a TERM while
#      run.sh waits for Keycloak stops run.sh and Keycloak within 5 s;
#   3. Ctrl-C (INT to the whole process group, as a terminal sends it) while run.sh waits for Keycloak: the same.
# Needs a built jar (run.sh runs with --no-build). Usage: infra/tests/scripts-test.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

[[ -f "$FOKUS_ROOT/backend/target/fokus.jar" ]] || die "no backend/target/fokus.jar (build first: mvn -DskipTests package)"
select_jdk
# job control: run.sh gets its own process group, as when started in a terminal
set -m

work="$(mktemp -d "${TMPDIR:-/tmp}/fokus-scripts-test.XXXXXX")"
RUN_PID="" TREE=""
cleanup() {
  local status="$1"
  trap - INT TERM EXIT
  stop_pid "$RUN_PID"
  # what run.sh left behind when a check failed
  if [[ -n "$TREE" ]]; then kill -TERM $TREE 2>/dev/null || true; fi
  # passed or interrupted: no logs to keep
  if [[ $status -eq 0 || $status -ge 128 ]]; then rm -rf "$work"; else log "kept $work (logs)"; fi
  exit "$status"
}
trap 'cleanup 130' INT
trap 'cleanup 143' TERM
trap 'cleanup $?' EXIT

fail() {
  [[ -n "$RUN_LOG" ]] && tail -n 20 "$RUN_LOG" >&2
  die "scripts test: $*"
}

# start_run <data dir>: starts run.sh on free ports, output in a new $RUN_LOG (with one file for all runs, the next
# check could read the previous run's output before the new run truncates it)
RUN_LOG="" runs=0
start_run() {
  runs=$((runs + 1))
  RUN_LOG="$work/run-$runs.log"
  : > "$RUN_LOG"
  kc_port="$(free_port 28180)"
  # the default SIGINT disposition, as in a terminal: a background job of a non-interactive shell (this script under
  # infra/test.sh) inherits SIGINT ignored, and bash cannot trap a signal ignored at entry
  FOKUS_DATA_DIR="$1" env --default-signal=INT "$FOKUS_ROOT/infra/run.sh" --no-build --port "$(free_port 28080)" \
    --keycloak-port "$kc_port" > "$RUN_LOG" 2>&1 &
  RUN_PID=$!
}

# wait_for_log <text> <seconds>: waits until run.sh logged the text
wait_for_log() {
  local i
  for ((i = 0; i < $2 * 5; i++)); do
    grep -q "$1" "$RUN_LOG" && return 0
    alive "$RUN_PID" || fail "run.sh exited before \"$1\""
    sleep 0.2
  done
  fail "run.sh did not log \"$1\" within $2 s"
}

# stop_run <how> <signal> <target>: sends the signal, then expects run.sh and everything it started gone within 5 s
stop_run() {
  local how="$1" signal="$2" target="$3" i
  TREE="$(descendants "$RUN_PID" | tr '\n' ' ')"
  [[ -n "$TREE" ]] || fail "run.sh has started nothing to stop ($how)"
  kill "-$signal" -- "$target"
  for ((i = 0; i < 25; i++)); do alive "$RUN_PID" $TREE || break; sleep 0.2; done
  if alive "$RUN_PID" $TREE; then
    fail "$how: still running 5 s after $signal: $(ps -o pid=,args= -p "$(echo $RUN_PID $TREE | tr ' ' ,)" | cut -c1-80)"
  fi
  log "$how: run.sh and the $(wc -w <<< "$TREE") processes it started stopped within $(((i + 4) / 5)) s"
  wait "$RUN_PID" 2>/dev/null || true
  RUN_PID="" TREE=""
  ! (exec 3<>"/dev/tcp/127.0.0.1/$kc_port") 2>/dev/null || fail "$how: Keycloak's port $kc_port still answers"
}

# The plugin's marker that made run.sh skip the unpack before: make sure it exists (an unpack done elsewhere)
marker="$FOKUS_ROOT/target/dependency-maven-plugin-markers/org.keycloak-keycloak-quarkus-dist-zip-$KEYCLOAK_VERSION.marker"
if [[ ! -f "$marker" ]]; then
  unpack_keycloak "$work/elsewhere"
  rm -rf "$work/elsewhere"
fi
[[ -f "$marker" ]] || fail "no unpack marker $marker (has the dependency plugin changed its markers?)"

log "1. TERM while Keycloak is being unpacked"
start_run "$work/interrupted"
wait_for_log "Unpacking Keycloak" 60
sleep 1
stop_run "TERM during the unpack" TERM "$RUN_PID"

log "2. a new data directory: Keycloak is unpacked; TERM while run.sh waits for it"
start_run "$work/data"
wait_for_log "Starting Keycloak on port" 180
[[ -x "$work/data/keycloak/keycloak-$KEYCLOAK_VERSION/bin/kc.sh" ]] || fail "Keycloak was not unpacked into the new data directory"
sleep 2
stop_run "TERM while waiting for Keycloak" TERM "$RUN_PID"

log "3. Ctrl-C while run.sh waits for Keycloak"
start_run "$work/data"
wait_for_log "Starting Keycloak on port" 60
grep -q "Unpacking Keycloak" "$RUN_LOG" && fail "Keycloak was unpacked again into a complete data directory"
sleep 2
stop_run "Ctrl-C while waiting for Keycloak" INT "-$RUN_PID"

log "Scripts test passed"
